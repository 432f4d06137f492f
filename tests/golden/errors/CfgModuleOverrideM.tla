---- MODULE CfgModuleOverrideM ----
CONSTANT Limit
Cap == Limit
====
