---- MODULE LevelConstHelper ----
\* Helper for LevelAssumeConstant (not a test itself): a constant module.
CONSTANT C
ASSUME C \in {1, 2}
====
