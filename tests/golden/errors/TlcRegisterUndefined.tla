\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=TlcRegisterUndefined\.tla:6:8: error: TLCGet\(3\) was undefined\.
\* Register 3 was never set: TLCGet(3) is an evaluation error (TLC_MODULE_TLCGET_UNDEFINED).
---- MODULE TlcRegisterUndefined ----
EXTENDS TLC
ASSUME TLCGet(3) = 0
====
