---- MODULE LevelOpConstHelper ----
\* Helper for InstanceNonLeibniz (not a test itself): a constant module with an operator constant.
CONSTANT Op(_)
====
