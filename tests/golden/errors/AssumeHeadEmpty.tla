\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=AssumeHeadEmpty\.tla:7:8: error:
\* cairn: stderr~=Head
\* Head of the empty sequence is an evaluation error in TLC (exit 10).
---- MODULE AssumeHeadEmpty ----
EXTENDS Integers, Sequences, TLC
ASSUME Head(<<>>) = 1
====
