\* cairn: command=check exit=255
\* cairn: stderr~=CfgTupleValue\.cfg:1:14: error: expected a value, found '<<'
\* TLC's cfg values (ModelConfig.parseValue) are numbers, strings, booleans, model values
\* and sets only: `<<1, 2>>` makes TLC's cfg parser throw (an unexpected exception, 255).
---- MODULE CfgTupleValue ----
CONSTANT T
VARIABLE x
Init == x = T
Next == UNCHANGED x
====
