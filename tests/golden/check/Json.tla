---- MODULE Json ----
\* A stand-in for the community module Json (not shipped with cairn): cairn binds these
\* operators to its natives, as TLC binds them to Java. The bodies are deliberately wrong,
\* so the test fails if the natives are not used.
ToJson(value) == "wrong"
ToJsonArray(value) == "wrong"
ToJsonObject(value) == "wrong"
====
