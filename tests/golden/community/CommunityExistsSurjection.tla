\* cairn: command=check exit=0 result="success" distinct=0
\* cairn: args="--lib ../../../../shared/corpus/library"
\* cairn: stderr!~error
\* Functions!ExistsSurjection(S, T) == Surjection(S, T) # {} (a TLA+ definition TLC
\* evaluates as written): [S -> {}] is empty for a nonempty S, and the one function of
\* [{} -> T] is onto T only if T is empty (TLC: each ASSUME holds).
---- MODULE CommunityExistsSurjection ----
EXTENDS Integers, TLC, Functions
ASSUME ExistsSurjection(1..3, {}) = FALSE
ASSUME ExistsSurjection({}, {}) = TRUE
ASSUME ExistsSurjection({}, {1}) = FALSE
ASSUME ExistsSurjection(1..3, {"a", "b"}) = TRUE
ASSUME ExistsSurjection(1..2, 1..3) = FALSE
ASSUME ExistsInjection(1..2, {}) = FALSE /\ ExistsInjection({}, {}) = TRUE
ASSUME ExistsBijection({}, {}) = TRUE /\ ExistsBijection(1..2, {"a", "b"}) = TRUE
====
