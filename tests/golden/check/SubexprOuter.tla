\* Helper of SubexprSelectors: an instance inside a module that is itself instantiated
\* with parameters (PO(b) there).
---- MODULE SubexprOuter ----
EXTENDS Naturals
CONSTANT B
Inc(v) == v + B
Inner == INSTANCE SubexprInner WITH K <- B, Op <- Inc
====
