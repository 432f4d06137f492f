\* cairn: command=parse exit=150
\* cairn: stderr~=StringEscape\.tla:7:9: error: invalid escape sequence in string
\* SANY's STRING_LITERAL (tla+.jj) allows only the escapes \n \t \r \f \\ \" ; any other
\* backslash in a string is a lexical error, reported at the character after it.
---- MODULE StringEscape ----
A == "ok: \" \\ \n \t"
B == "a\q"
====
