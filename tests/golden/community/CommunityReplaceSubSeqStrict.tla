\* cairn: command=check exit=10 result="assumption failure"
\* cairn: args="--lib ../../../../shared/corpus/library"
\* cairn: stderr~=CommunityReplaceSubSeqStrict\.tla:12:\d+: error:
\* TLC overrides SequencesExt's ReplaceFirstSubSeq and ReplaceAllSubSeqs with Java methods
\* that take the argument nodes and evaluate them all first
\* (tlc2.overrides.SequencesExt.replaceFirstSubSeq(Tool, ExprOrOpArgNode[], ...)): an
\* argument that fails fails the call even where the TLA+ body would not read it
\* (here r, as s does not occur in t).
---- MODULE CommunityReplaceSubSeqStrict ----
EXTENDS Integers, Sequences, TLC, SequencesExt
ASSUME ReplaceFirstSubSeq(<<9>>, <<5>>, <<2, 5>>) = <<2, 9>> /\ ReplaceAllSubSeqs(<<9>>, <<5>>, <<5, 2, 5>>) = <<9, 2, 9>>
ASSUME ReplaceFirstSubSeq(<<1 \div 0>>, <<5>>, <<2>>) = <<2>>
====
