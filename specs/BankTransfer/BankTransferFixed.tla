------------------------- MODULE BankTransferFixed -------------------------
(***************************************************************************)
(* Lesson 1, the fix: the check and the debit are one atomic step.         *)
(*                                                                         *)
(* In BankTransfer.tla a payment read alice's balance, and wrote back what *)
(* it had read minus Amount in a later step; between the two, the other    *)
(* payment could read the same old balance. The fix does not read into a   *)
(* local copy at all. Each payment is now                                  *)
(*                                                                         *)
(*     withdraw: if balance[alice] >= Amount            \* one atomic step *)
(*               then balance[alice] := balance[alice] - Amount            *)
(*               else stop (refused: insufficient funds)                   *)
(*     deposit:  balance[bob] := balance[bob] + Amount  \* one atomic step *)
(*                                                                         *)
(* In an implementation this is a compare-and-set, an UPDATE ... SET       *)
(* balance = balance - 3 WHERE balance >= 3, or a lock held across the     *)
(* read and the write. The deposit, too, adds to the current balance       *)
(* instead of writing back an old read (the buggy Credit had the same      *)
(* lost-update bug, hidden only because the debit broke first).            *)
(*                                                                         *)
(* Why the numbers (Amount = 3, Total = 5, so only one payment can be      *)
(* paid: 5 - 3 = 2 < 3). w/d/x = withdraw/deposit/done; the balances       *)
(* follow from the pc values.                                              *)
(*   level 1: (w,w)                                            1 state     *)
(*   level 2: (d,w) (w,d)          one payment withdrew        2 states    *)
(*   level 3: (x,w) (d,x) (w,x) (x,d)  the winner deposited, or            *)
(*            the other was refused                            4 states    *)
(*   level 4: (x,x)                alice 2, bob 3              1 state     *)
(* distinct = 8, depth = 4. Generated: the initial state, 2 successors     *)
(* of (w,w), 2 each of (d,w) and (w,d), 1 each of the 4 states of level 3  *)
(* (all lead to (x,x)) and Finished's self-loop in (x,x): 1+2+2+2+4+1 =    *)
(* 12. MoneyConserved holds in all 8: expected result success.             *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT Amount

VARIABLES balance, pc

vars == <<balance, pc>>

Accounts == {"alice", "bob"}
Payments == {1, 2}
From == "alice"
To == "bob"
Total == 5

Init == /\ balance = [a \in Accounts |-> IF a = From THEN Total ELSE 0]
        /\ pc = [p \in Payments |-> "withdraw"]

Withdraw(p) ==
  /\ pc[p] = "withdraw"
  /\ IF balance[From] >= Amount
       THEN /\ balance' = [balance EXCEPT ![From] = @ - Amount]
            /\ pc' = [pc EXCEPT ![p] = "deposit"]
       ELSE /\ pc' = [pc EXCEPT ![p] = "done"]
            /\ UNCHANGED balance

Deposit(p) ==
  /\ pc[p] = "deposit"
  /\ balance' = [balance EXCEPT ![To] = @ + Amount]
  /\ pc' = [pc EXCEPT ![p] = "done"]

Finished == /\ \A p \in Payments : pc[p] = "done"
            /\ UNCHANGED vars

Next == \/ \E p \in Payments : Withdraw(p) \/ Deposit(p)
        \/ Finished

Spec == Init /\ [][Next]_vars

InFlight(p) == IF pc[p] = "deposit" THEN Amount ELSE 0

TypeOK == /\ \A p \in Payments : pc[p] \in {"withdraw", "deposit", "done"}
          /\ \A a \in Accounts : balance[a] \in Nat

MoneyConserved ==
  balance[From] + balance[To] + InFlight(1) + InFlight(2) = Total
=============================================================================
