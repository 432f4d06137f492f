\* cairn: command=check exit=0 result="success" distinct=1 depth=1 generated=2
\* cairn: stderr!~error
\* cairn: stdout~=^<<\{1, 2\}, 1\.\.2>>$
\* DOMAIN gives back the domain as TLC holds it: a TupleValue's, and a function's built
\* over an interval (FcnLambdaValue.toFcnRcd and SetOfFcnsValue keep the IntervalValue),
\* is an interval and prints `a..b`; a FcnRcdValue built over an enumerated set (`:>`,
\* `@@`, [x \in {1, 2} |-> e], [{1, 2} -> S]) has an array domain, and getDomain makes it
\* an enumerated set, printed `{1, 2}`. EXCEPT keeps the form; Append and the other
\* Sequences operators make TupleValues. Equality and fingerprints do not see the form:
\* <<1, 2>> and [i \in {1, 2} |-> i] are one state (distinct=1, generated=2).
---- MODULE DomainForm ----
EXTENDS Integers, Sequences, TLC

VARIABLE x

ASSUME ToString(DOMAIN <<1, 2>>) = "1..2"
ASSUME ToString(DOMAIN [i \in 1..2 |-> i]) = "1..2"
ASSUME ToString(DOMAIN [i \in 2..3 |-> i]) = "2..3"
ASSUME ToString(DOMAIN [i \in {1, 2} |-> i]) = "{1, 2}"
ASSUME ToString(DOMAIN [i \in {2, 3} |-> i]) = "{2, 3}"
ASSUME ToString(DOMAIN (1 :> 2)) = "{1}"
ASSUME ToString(DOMAIN ((2 :> 3) @@ (1 :> 2))) = "{1, 2}"
ASSUME ToString(DOMAIN [[i \in {1, 2} |-> i] EXCEPT ![1] = 3]) = "{1, 2}"
ASSUME ToString(DOMAIN [<<1, 2>> EXCEPT ![1] = 3]) = "1..2"
ASSUME ToString(DOMAIN (CHOOSE f \in [{1, 2} -> {0}] : TRUE)) = "{1, 2}"
ASSUME ToString(DOMAIN (CHOOSE f \in [1..2 -> {0}] : TRUE)) = "1..2"
ASSUME ToString(DOMAIN Append([i \in {1} |-> 0], 1)) = "1..2"
\* the form is invisible to equality
ASSUME [i \in {1, 2} |-> i] = <<1, 2>> /\ DOMAIN (1 :> 0 @@ 2 :> 0) = 1..2
ASSUME PrintT(<<DOMAIN [i \in {1, 2} |-> i], DOMAIN <<1, 2>>>>)

Init == x = <<1, 2>>
Next == x' = [i \in {1, 2} |-> i]
====
