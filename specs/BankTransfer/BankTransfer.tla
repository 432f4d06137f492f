---------------------------- MODULE BankTransfer ----------------------------
(***************************************************************************)
(* Lesson 1: a lost update -- why "read, then write" is not a transaction. *)
(*                                                                         *)
(* Two payments leave alice's account at the same time. Each one is the    *)
(* program a first implementation would contain:                           *)
(*                                                                         *)
(*     read:   a := balance[alice];  b := balance[bob]                     *)
(*             if a < Amount then stop                                     *)
(*     debit:  balance[alice] := a - Amount                                *)
(*     credit: balance[bob]   := b + Amount                                *)
(*                                                                         *)
(* Each line is one atomic step, and the two payments interleave freely.   *)
(* Run on its own, a payment is correct. The invariant MoneyConserved says *)
(* what "correct" means for the bank: the money in the accounts plus the   *)
(* money in flight (debited, not yet credited) never changes.              *)
(*                                                                         *)
(* What the reader learns:                                                 *)
(*  - Write the property first (MoneyConserved), then the design, and let  *)
(*    the model checker look for the interleaving you did not think of.    *)
(*  - The shortest counterexample has 5 states: both payments read         *)
(*    alice's balance (5), then both write 5 - 3 = 2. One debit is lost:   *)
(*    the bank has created 3 units of money.                               *)
(*  - Splitting an operation into steps is a design decision; each step    *)
(*    boundary is a place where another process can run.                   *)
(*                                                                         *)
(* Expected: invariant MoneyConserved violated (exit 12), trace of 5       *)
(* states. The fix, BankTransferFixed.tla, makes the check and the debit   *)
(* one step (an atomic compare-and-set); it passes, and the second payment *)
(* is refused for insufficient funds.                                      *)
(*                                                                         *)
(* Why the numbers. r/d/c/x = read/debit/credit/done. Breadth-first, the   *)
(* successors of a state in the order p = 1 then p = 2:                    *)
(*   level 1: (r,r)                                             1          *)
(*   level 2: (d,r) (r,d)                                       2          *)
(*   level 3: (c,r) (d,d) (r,c)   [(r,d) -> (d,d) again: a duplicate]  3   *)
(*   level 4: (x,r) (c,x) | (c,d) (d,c) | (x,c) (r,x)           6          *)
(*            (in (c,r) alice holds 2 < 3, so payment 2 reads, is          *)
(*            refused and is done at once)                                 *)
(*   level 5, from (x,r): (x,x); from (c,x): (x,x) with other `seen`;      *)
(*            from (c,d): (x,d), then Debit(2) writes 5 - 3 = 2 again:     *)
(*            (c,c) holds 2 + 3 + 3 = 8 # 5. The check stops here.         *)
(* distinct = 1+2+3+6+4 = 16, depth 5. Generated counts every successor,   *)
(* duplicates too: the initial state, 2 successors for each state of       *)
(* levels 1-3 (2 + 4 + 6), then 1 + 1 + 2 before the stop: 17. 6 states    *)
(* are left on the queue (the unexplored rest of level 4, and level 5).    *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT Amount          \* what each payment moves from alice to bob

VARIABLES balance,       \* balance[a]: the money in account a
          pc,            \* pc[p]: the next line payment p will execute
          seen           \* seen[p]: the balances payment p read, [from |-> .., to |-> ..]

vars == <<balance, pc, seen>>

Accounts == {"alice", "bob"}
Payments == {1, 2}
From == "alice"
To == "bob"
Total == 5               \* all the money in the bank

Init == /\ balance = [a \in Accounts |-> IF a = From THEN Total ELSE 0]
        /\ pc = [p \in Payments |-> "read"]
        /\ seen = [p \in Payments |-> [from |-> 0, to |-> 0]]

Read(p) ==
  /\ pc[p] = "read"
  /\ seen' = [seen EXCEPT ![p] = [from |-> balance[From], to |-> balance[To]]]
  /\ pc' = [pc EXCEPT ![p] = IF balance[From] >= Amount THEN "debit" ELSE "done"]
  /\ UNCHANGED balance

Debit(p) ==
  /\ pc[p] = "debit"
  /\ balance' = [balance EXCEPT ![From] = seen[p].from - Amount]
  /\ pc' = [pc EXCEPT ![p] = "credit"]
  /\ UNCHANGED seen

Credit(p) ==
  /\ pc[p] = "credit"
  /\ balance' = [balance EXCEPT ![To] = seen[p].to + Amount]
  /\ pc' = [pc EXCEPT ![p] = "done"]
  /\ UNCHANGED seen

\* When every payment has finished the system stays put (this is not a deadlock).
Finished == /\ \A p \in Payments : pc[p] = "done"
            /\ UNCHANGED vars

Next == \/ \E p \in Payments : Read(p) \/ Debit(p) \/ Credit(p)
        \/ Finished

Spec == Init /\ [][Next]_vars

InFlight(p) == IF pc[p] = "credit" THEN Amount ELSE 0

TypeOK == /\ \A p \in Payments : pc[p] \in {"read", "debit", "credit", "done"}
          /\ \A a \in Accounts : balance[a] \in Nat

MoneyConserved ==
  balance[From] + balance[To] + InFlight(1) + InFlight(2) = Total
=============================================================================
