\* cairn: command=parse exit=150
\* cairn: stderr~=LevelQuantifierActionBound\.tla:9:15: error: Action-level bound of quantified temporal formula\.
\* A quantifier over a temporal body may not have an action-level bound. Over an action
\* body (line 8) it may.
---- MODULE LevelQuantifierActionBound ----
VARIABLE x
Ok == \A i \in {x} : []x
Ok2 == \A i \in {x'} : x'
G == \A i \in {x'} : []x
====
