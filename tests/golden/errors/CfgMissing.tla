\* cairn: command=check exit=255 result="error"
\* cairn: stderr~=cannot read file .*CfgMissing\.cfg
\* No CfgMissing.cfg beside this module: TLC reads the cfg first and stops with a
\* ConfigFileException ("File not found."), exit 255 (EC.GENERAL), not a system error.
---- MODULE CfgMissing ----
VARIABLE x
Init == x = 0
Next == x' = x
====
