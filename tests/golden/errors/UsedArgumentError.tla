\* cairn: command=check exit=10
\* cairn: stderr~=UsedArgumentError\.tla:9:19: error:
\* An argument that fails is an error where the body reads it (here Pick's x, read
\* because c is TRUE): the division by zero in the ASSUME's argument, exit 10 (an ASSUME).
---- MODULE UsedArgumentError ----
EXTENDS Integers
Pick(c, x) == IF c THEN x ELSE 0
ASSUME Pick(FALSE, 1 \div 0) = 0
ASSUME Pick(TRUE, 1 \div 0) = 0
====
