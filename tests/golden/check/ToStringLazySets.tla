\* cairn: command=check exit=0 result="success"
\* TLC prints (PrintT, ToString, traces) small lazy sets enumerated, since TLCGlobals.expand is true:
\* SubsetValue.toString enumerates when the base set has < 7 elements; SetOfFcnsValue,
\* SetOfTuplesValue and SetOfRcdsValue when the product size is < enumBound (2000).
---- MODULE ToStringLazySets ----
EXTENDS Integers, TLC
ASSUME ToString(SUBSET {1}) = "{{}, {1}}"
ASSUME ToString([{1} -> {2, 3}]) = "{<<2>>, <<3>>}"
ASSUME ToString({1} \X {2, 3}) = "{<<1, 2>>, <<1, 3>>}"
ASSUME ToString([a : {1, 2}]) = "{[a |-> 1], [a |-> 2]}"
====
