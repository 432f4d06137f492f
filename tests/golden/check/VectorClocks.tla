---- MODULE VectorClocks ----
\* A stand-in for the community module VectorClocks (not shipped with cairn): only the
\* operator's signature matters, since cairn binds CausalOrder to its native, as TLC binds
\* it to Java. The body is deliberately wrong, so the test fails if the native is not used.
CausalOrder(log, clock(_), node(_), domain(_)) == <<>>
====
