------------------------------- MODULE TLCExt -------------------------------
(* Extensions of the TLC module. Operators that need the model checker's   *)
(* state (Trace, CounterExample, ...) are implemented natively by cairn    *)
(* where it can; the bodies below are their TLA+ approximations.           *)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

AssertEq(a, b) ==
  IF a # b
  THEN /\ PrintT("Assertion failed")
       /\ PrintT(a)
       /\ PrintT(b)
       /\ a = b
  ELSE a = b

AssertError(err, exp) ==
  LET Failed(e) == CHOOSE b \in BOOLEAN : TRUE
      Message   == CHOOSE s \in STRING : TRUE
  IN  IF Failed(exp) THEN Assert(err = Message, Message) ELSE TRUE

TLCGetOrDefault(key, defaultVal) == CHOOSE v : TRUE

TLCGetAndSet(key, Op(_, _), val, defaultVal) ==
  LET old == TLCGetOrDefault(key, defaultVal)
  IN  CHOOSE v \in {old} : TLCSet(key, Op(old, val))

Trace == TRUE

CounterExample == TRUE

ToTrace(CE) == TRUE

TLCModelValue(str) == CHOOSE v : ToString(v) = str

TLCDefer(expression) == TRUE

TLCNoOp(val) == val

PickSuccessor(exp) == IF exp THEN TRUE ELSE CHOOSE b \in BOOLEAN : TRUE

TLCCache(expression, closure) == expression

TLCFP(var) == CHOOSE i \in Int : TRUE

TLCEvalDefinition(definitionName) == TRUE
=============================================================================
