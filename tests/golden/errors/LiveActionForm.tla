\* cairn: command=check exit=255
\* cairn: stderr~=LiveActionForm\.tla:\d+:\d+: error: Temporal formulas containing actions must be of forms <>\[\]A or \[\]<>A\.
\* cairn: stdout!~states generated
\* TLC negates a PROPERTY, puts it in disjunctive normal form and accepts, among the
\* conjuncts with an action in them, only <>[]A and []<>A (Liveness.classifyExpr). Here
\* ~Resp = <>(q = 1 /\ []~<<Serve>>_q): the conjunct <>(...) holds an action, so TLC refuses
\* the model before its search (Assert.fail: exit 255, no statistics). The other property,
\* []<><<Serve>>_q (negated: <>[]~<<Serve>>_q), is of an accepted form.
---- MODULE LiveActionForm ----
EXTENDS Naturals
VARIABLE q
Init == q = 0
Serve == q' = 1 - q
Spec == Init /\ [][Serve]_q /\ WF_q(Serve)
Often == []<><<Serve>>_q
Resp == [](q = 1 => <><<Serve>>_q)
====
