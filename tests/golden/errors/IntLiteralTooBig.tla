\* cairn: command=check exit=255
\* cairn: stderr~=IntLiteralTooBig\.tla:7:8: error: TLC can't handle a number this big
\* TLC rejects an integer literal outside the Java int range before checking anything
\* ("TLC can't handle a number this big.", exit 255); 2147483648 = 2^31.
---- MODULE IntLiteralTooBig ----
EXTENDS Integers
ASSUME 2147483648 > 0
====
