---------------------------- MODULE BankTransfer ----------------------------
(***************************************************************************)
(* A lost update: why "read, then write" is not a transaction.             *)
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
(* states. A fix to try: make Read and Debit one step (an atomic           *)
(* compare-and-set); the model then passes, and the second payment is      *)
(* refused for insufficient funds.                                         *)
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
