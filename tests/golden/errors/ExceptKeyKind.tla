\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=ExceptKeyKind\.tla:11:8: error:
\* TLC looks an EXCEPT key up by comparing it with the function's domain elements
\* (FcnRcdValue.takeExcept): a key outside the domain of the same kind leaves the function
\* unchanged (lines 9-10 hold), a string key on an integer domain is a cross-kind comparison
\* error while evaluating the ASSUME (exit 10; TLC: "Attempted to access tuple at a non integral index").
---- MODULE ExceptKeyKind ----
EXTENDS Integers, TLC
ASSUME [<<1, 2>> EXCEPT ![3] = 0] = <<1, 2>> /\ [<<>> EXCEPT ![1] = 2] = <<>>
ASSUME [(1 :> 2 @@ 3 :> 4) EXCEPT ![5] = 0] = (1 :> 2 @@ 3 :> 4)
ASSUME [<<1>> EXCEPT !["a"] = 0] = <<1>>
====
