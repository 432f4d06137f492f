\* cairn: command=check exit=0 result="success" distinct=1
\* cairn: stderr!~error
\* Json's encoders as tlc2.overrides.Json writes them with Gson (compact, no HTML escapes):
\* tuples and sets (normalised) are arrays, records objects in their field order, other
\* functions objects keyed by the key's text; model values and strings are JSON strings,
\* with `"` and `\` escaped. ToJsonObject numbers a tuple's keys from 0; ToJsonArray of a
\* function that is no sequence gives an object.
---- MODULE JsonEncode ----
EXTENDS Naturals, TLC, Json
CONSTANT m
VARIABLE x
ASSUME ToJson(<<1, "a", TRUE>>) = "[1,\"a\",true]"
ASSUME ToJson([b |-> {3, 2}, a |-> <<>>]) = "{\"b\":[2,3],\"a\":[]}"
ASSUME ToJson((2 :> "x") @@ (3 :> m)) = "{\"2\":\"x\",\"3\":\"m\"}"
ASSUME ToJson("q\"\\") = "\"q\\\"\\\\\""
ASSUME ToJson({}) = "[]" /\ ToJson(1..3) = "[1,2,3]"
ASSUME ToJsonObject(<<5, 6>>) = "{\"0\":5,\"1\":6}"
ASSUME ToJsonObject([a |-> 1]) = "{\"a\":1}"
ASSUME ToJsonArray({<<1>>}) = "[[1]]" /\ ToJsonArray(2 :> 0) = "{\"2\":0}"
Init == x = 0
Next == UNCHANGED x
====
