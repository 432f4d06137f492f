\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=AssumeMixedSet\.tla:7:8: error:
\* cairn: stderr~=compare string "a" with
\* Normalising {1, "a"} compares a string with an integer: an error in TLC, not FALSE (exit 10).
---- MODULE AssumeMixedSet ----
EXTENDS Integers, Sequences, TLC
ASSUME {1, "a"} = {1}
====
