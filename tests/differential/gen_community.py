#!/usr/bin/env python3
"""Random constant-level expressions that call the CommunityModules' operators.

Usage: gen_community.py --seed N --count K  > exprs.jsonl   (one {"id", "expr"} a line)

Built on gen.py's typed generator (gen.Gen): wherever an expression of some type is wanted,
a call of a community operator that yields that type is chosen now and then, with arguments
of the types the operator expects: sets, sequences, functions, bags, relations
([S \\X S -> BOOLEAN]), graphs ([node |-> S, edge |-> E]), and operator arguments given
as LAMBDA, as a built-in operator (+, *, \\cup, \\o, <, <=, ...) or as a LET-defined
operator. With probability WRONG_RATE one argument of a call is replaced by a value of
another type, so that the errors (or the values TLC finds regardless) are compared too.
The batch module EXTENDS the modules of EXTENDS (runner.py --gen community).
Same seed, same expressions.
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
from gen import BOOL, INT, STR, MV, Set, Seq, Fn, Tup  # noqa: E402,F401

EXTENDS = ["SequencesExt", "FiniteSetsExt", "Functions", "Folds", "Relation", "BagsExt",
           "Combinatorics", "Bitwise", "Graphs", "Json"]
WRONG_RATE = 0.04
CALL_RATE = 0.35


class CGen(gen.Gen):
    def expr(self, t, d):
        if d > 0 and self.chance(CALL_RATE):
            e = self.community(t, d)
            if e:
                return e
        return super().expr(t, d)

    # ---- arguments ---------------------------------------------------------------------
    def arg(self, t, d):
        """An argument of type t, or now and then one of another type."""
        if self.chance(WRONG_RATE):
            other = self.small_type(1)
            if other != t:
                return self.expr(other, max(d, 0))
        return self.expr(t, max(d, 0))

    def lam1(self, pt, rt, d):
        """A one-parameter operator argument from pt to rt."""
        k = self.r.randrange(3)
        if k == 0 and pt == INT and rt == BOOL:
            return self.pick(f"LAMBDA x : x > {self.r.randint(-1, 3)}", "LAMBDA x : x % 2 = 0")
        if k == 0 and pt == INT and rt == INT:
            return self.pick("LAMBDA x : x * 2", "LAMBDA x : x + 1", "LAMBDA x : -x")
        x = self.bound(pt, self.fresh("x"))
        body = self.expr(rt, d)
        self.scope.pop()
        return f"LAMBDA {x} : {body}"

    def lam2(self, at, bt, rt, d):
        x = self.bound(at, self.fresh("x"))
        y = self.bound(bt, self.fresh("y"))
        body = self.expr(rt, d)
        self.scope.pop()
        self.scope.pop()
        return f"LAMBDA {x}, {y} : {body}"

    def binop(self, t, d):
        """A binary operator argument on t (both arguments and result of type t)."""
        if t == INT:
            c = self.pick("+", "*", "-", "LAMBDA x, y : x + y", "LAMBDA x, y : x * y",
                          "LAMBDA x, y : IF x > y THEN x ELSE y", "LAMBDA x, y : x - y", "LAM", "LET")
        elif t == BOOL:
            c = self.pick("\\/", "/\\", "LAMBDA x, y : x /\\ y", "LAMBDA x, y : x # y", "LAM")
        elif t[0] == "set":
            c = self.pick("\\cup", "\\cap", "\\", "LAMBDA x, y : x \\cup y", "LAM")
        elif t[0] == "seq":
            c = self.pick("\\o", "LAMBDA x, y : x \\o y", "LAMBDA x, y : y \\o x", "LAM")
        else:
            c = "LAM"
        if c == "LAM":
            return self.lam2(t, t, t, d)
        if c == "LET":
            return "LET"
        return c

    def binop_direct(self, t, d):
        op = self.binop(t, d)
        return "+" if op == "LET" else op

    def with_op(self, make, t, d):
        """make(op) with op a binop on t; a LET-defined operator when binop says LET."""
        op = self.binop(t, d)
        if op != "LET":
            return make(op)
        name, x, y = self.fresh("op"), self.fresh("x"), self.fresh("y")
        self.bound(t, x)
        self.bound(t, y)
        body = self.expr(t, d)
        self.scope.pop()
        self.scope.pop()
        return f"(LET {name}({x}, {y}) == {body} IN {make(name)})"

    def order(self, t, d):
        """An order relation argument on t."""
        if t == INT:
            return self.pick("<", "<=", ">", ">=", "LAMBDA x, y : x < y", "LAMBDA x, y : x > y",
                             "LAMBDA x, y : x % 3 < y % 3", "LAMBDA x, y : TRUE")
        return self.lam2(t, t, BOOL, d)

    def int_set(self, d):
        return self.arg(Set(INT), d)

    def seq(self, et, d):
        return self.arg(Seq(et), d)

    def elem(self):
        return self.pick(INT, INT, STR, BOOL)

    def relation(self, d):
        s = self.small_set(INT, 0) if self.chance(0.7) else self.pick("1..3", "{1, 2}", "{}")
        x, y = self.fresh("x"), self.fresh("y")
        body = self.pick(f"{x} < {y}", f"{x} <= {y}", f"{x} = {y}", f"{x} # {y}", "TRUE", "FALSE",
                         f"({x} + {y}) % 2 = 0", f"{y} = {x} + 1")
        return s, f"[{x}, {y} \\in {s} |-> {body}]"

    def graph(self, d):
        n = self.r.randint(0, 3)
        nodes = f"1..{n}"
        edges = {(self.r.randint(1, max(n, 1)), self.r.randint(1, max(n, 1)))
                 for _ in range(self.r.randint(0, 4))} if n else set()
        e = "{" + ", ".join(f"<<{a}, {b}>>" for a, b in sorted(edges)) + "}"
        return n, f"[node |-> {nodes}, edge |-> {e}]"

    def bag(self, d):
        k = self.r.randrange(4)
        if k == 0:
            return f"SetToBag({self.arg(Set(STR), d)})"
        if k == 1:
            return f"ToBag({self.seq(STR, d)})"
        if k == 2:
            return "(" + " @@ ".join(f'("{s}" :> {self.r.randint(1, 3)})'
                                      for s in self.r.sample(gen.LETTERS, self.r.randint(1, 3))) + ")"
        return self.pick("EmptyBag", f'BagAdd({self.bag(d)}, "{self.r.choice(gen.LETTERS)}")')

    def pair_seq(self, op, a, b, c):
        z, i = self.fresh("z"), self.fresh("i")
        return f"(LET {z} == {op}({a}, {b}) IN [{i} \\in DOMAIN {z} |-> {z}[{i}][{c}]])"

    # ---- calls by result type ------------------------------------------------------------
    def community(self, t, d):
        d1 = d - 1
        kind = t[0]
        if kind == "int":
            return self.c_int(d1)
        if kind == "bool":
            return self.c_bool(d1)
        if kind == "seq":
            return self.c_seq(t, t[1], d1)
        if kind == "set":
            return self.c_set(t, t[1], d1)
        if kind == "fn":
            return self.c_fn(t, d1)
        if kind in ("str", "mv"):
            et = t
            k = self.r.randrange(4)
            if k == 0:
                return f"Last({self.arg(Seq(et), d1)})"
            if k == 1:
                return f"ChooseUnique({self.arg(Set(et), d1)}, {self.lam1(et, BOOL, d1)})"
            if k == 2:
                return f"FoldSeq(LAMBDA x, y : x, {self.expr(et, d1)}, {self.arg(Seq(et), d1)})"
            return f"FoldRight(LAMBDA x, y : y, {self.arg(Seq(et), d1)}, {self.expr(et, d1)})"
        return None

    def c_int(self, d):
        k = self.r.randrange(34)
        S, s = lambda: self.int_set(d), lambda: self.seq(INT, d)
        if k == 0:
            return f"SumSet({S()})"
        if k == 1:
            return f"ProductSet({self.small_set(INT, d)})"
        if k in (2, 3):
            return f"{self.pick('Max', 'Min')}({S()})"
        if k == 4:
            return f"MapThenSumSet({self.lam1(INT, INT, d)}, {S()})"
        if k == 5:
            return self.with_op(lambda op: f"FoldSet({op}, {self.expr(INT, d)}, {S()})", INT, d)
        if k == 6:
            return self.with_op(lambda op: f"ReduceSet({op}, {S()}, {self.expr(INT, d)})", INT, d)
        if k == 7:
            return self.with_op(lambda op: f"FoldSeq({op}, {self.expr(INT, d)}, {s()})", INT, d)
        if k == 8:
            return self.with_op(lambda op: f"FoldLeft({op}, {self.expr(INT, d)}, {s()})", INT, d)
        if k == 9:
            return self.with_op(lambda op: f"FoldRight({op}, {s()}, {self.expr(INT, d)})", INT, d)
        if k == 10:
            return f"FoldLeftDomain({self.lam2(INT, INT, INT, d)}, {self.expr(INT, d)}, {s()})"
        if k == 11:
            return f"FoldRightDomain({self.lam2(INT, INT, INT, d)}, {s()}, {self.expr(INT, d)})"
        if k == 12:
            return self.with_op(lambda op: f"FoldFunction({op}, {self.expr(INT, d)}, {self.arg(Fn(self.elem(), INT), d)})", INT, d)
        if k == 13:
            dt = self.pick(INT, STR)
            return self.with_op(lambda op: f"FoldFunctionOnSet({op}, {self.expr(INT, d)}, {self.arg(Fn(dt, INT), d)}, {self.arg(Set(dt), d)})", INT, d)
        if k == 14:
            return f"SumFunction({self.arg(Fn(self.elem(), INT), d)})"
        if k == 15:
            return f"SumFunctionOnSet({self.arg(Fn(INT, INT), d)}, {S()})"
        if k == 16:
            et = self.elem()
            return f"Quantify({self.arg(Set(et), d)}, {self.lam1(et, BOOL, d)})"
        if k == 17:
            et = self.elem()
            f = self.pick("SelectInSeq", "SelectLastInSeq")
            return f"{f}({self.seq(et, d)}, {self.lam1(et, BOOL, d)})"
        if k == 18:
            et = self.elem()
            f = self.pick("SelectInSubSeq", "SelectLastInSubSeq")
            return f"{f}({self.seq(et, d)}, {self.r.randint(0, 3)}, {self.r.randint(0, 4)}, {self.lam1(et, BOOL, d)})"
        if k == 19:
            return f"IndexFirstSubSeq({self.seq(INT, d)}, {self.seq(INT, d)})"
        if k == 20:
            return f"SeqMod({self.expr(INT, d)}, {self.pick('1', '2', '3', '0', '(-2)')})"
        if k == 21:
            return f"choose({self.r.randint(-1, 7)}, {self.r.randint(-1, 5)})"
        if k == 22:
            return f"factorial[{self.r.randint(0, 6)}]"
        if k == 23:
            return f"({self.r.randint(0, 20)} {self.pick('&', '|', '^^')} {self.r.randint(0, 20)})"
        if k == 24:
            return self.pick(f"Not({self.r.randint(0, 20)})", f"shiftR({self.r.randint(0, 40)}, {self.r.randint(0, 4)})")
        if k == 25:
            return f"{self.pick('SumBag', 'ProductBag', 'BagCardinality')}({self.bag(d)})"
        if k == 26:
            a, x = self.fresh("s"), self.fresh("x")
            return (f"MapThenFoldSet({self.binop_direct(INT, d)}, {self.expr(INT, d)}, "
                    f"{self.lam1(INT, INT, d)}, LAMBDA {a} : CHOOSE {x} \\in {a} : TRUE, {S()})")
        if k == 27:
            return f"Last({self.seq(INT, d)})"
        if k == 28:
            return f"ChooseUnique({S()}, {self.lam1(INT, BOOL, d)})"
        if k == 29:
            return f"FoldBag({self.binop_direct(INT, d)}, {self.expr(INT, d)}, {self.bag(d)})"
        if k == 30:
            return f"Cardinality({self.c_set(Set(INT), INT, d) or '{}'})"
        if k == 31:
            return f"Len({self.c_seq(Seq(INT), INT, d) or '<<>>'})"
        if k == 32:
            return f"Cardinality(Range({self.arg(Fn(INT, self.elem()), d)}))"
        return f"CopiesIn(\"{self.r.choice(gen.LETTERS)}\", {self.bag(d)})"

    def c_bool(self, d):
        k = self.r.randrange(20)
        et = self.elem()
        if k == 0:
            return f"Contains({self.seq(et, d)}, {self.arg(et, d)})"
        if k == 1:
            f = self.pick("IsPrefix", "IsStrictPrefix", "IsSuffix", "IsStrictSuffix")
            return f"{f}({self.seq(et, d)}, {self.seq(et, d)})"
        if k == 2:
            return f"IsSorted({self.seq(INT, d)}, {self.order(INT, d)})"
        if k == 3:
            return f"IsInjective({self.arg(Fn(self.elem(), et), d)})"
        if k == 4:
            return f"IsRestriction({self.arg(Fn(INT, et), d)}, {self.arg(Fn(INT, et), d)})"
        if k in (5, 6):
            S, R = self.relation(d)
            f = self.pick("IsReflexive", "IsIrreflexive", "IsSymmetric", "IsAntiSymmetric", "IsAsymmetric",
                          "IsTransitive", "IsStrictlyPartiallyOrdered", "IsPartiallyOrdered",
                          "IsStrictlyTotallyOrdered", "IsTotallyOrdered", "IsConnected")
            return f"{f}({R}, {S})"
        if k == 7:
            f = self.pick("IsReflexiveUnder", "IsIrreflexiveUnder", "IsSymmetricUnder", "IsAntiSymmetricUnder",
                          "IsAsymmetricUnder", "IsTransitiveUnder", "IsStrictlyPartiallyOrderedUnder",
                          "IsPartiallyOrderedUnder", "IsStrictlyTotallyOrderedUnder", "IsTotallyOrderedUnder")
            return f"{f}({self.order(INT, d)}, {self.small_set(INT, d)})"
        if k == 8:
            f = self.pick("ExistsInjection", "ExistsSurjection", "ExistsBijection")
            return f"{f}({self.small_set(et, d)}, {self.small_set(self.elem(), d)})"
        if k in (9, 10):
            n, G = self.graph(d)
            f = self.r.randrange(6)
            if f == 0:
                return f"{self.pick('IsDirectedGraph', 'IsUndirectedGraph', 'IsStronglyConnected', 'HasCycle', 'IsDag')}({G})"
            if f == 1:
                return f"AreConnectedIn({self.r.randint(1, 3)}, {self.r.randint(1, 3)}, {G})"
            if f == 2:
                return f"IsTreeWithRoot({G}, {self.r.randint(1, 3)})"
            if f == 3:
                return f"{self.r.randint(1, 3)} \\in {self.pick('Successors', 'Predecessors', 'Ancestors', 'Descendants')}({G}, {self.r.randint(1, 3)})"
            if f == 4:
                return f"{G} \\in DirectedSubgraph({G})"
            return f"Transpose({G}) = {G}"
        if k == 11:
            return f"({self.seq(et, d)} \\in {self.pick('TupleOf', 'SeqOf', 'BoundedSeq')}({self.small_set(et, d)}, {self.r.randint(0, 3)}))"
        if k == 12:
            return f"({self.seq(et, d)} \\in {self.pick('Prefixes', 'Suffixes', 'SubSeqs', 'AllSubSeqs')}({self.seq(et, d)}))"
        if k == 13:
            return f"({self.arg(Fn(INT, et), d)} \\in {self.pick('Injection', 'Surjection', 'Bijection')}({self.small_set(INT, d)}, {self.small_set(et, d)}))"
        if k == 14:
            return self.with_op(lambda op: f"FoldSet({op}, {self.expr(BOOL, d)}, {self.arg(Set(BOOL), d)})", BOOL, d)
        if k == 15:
            return f"(IsABag({self.bag(d)}) /\\ BagIn(\"{self.r.choice(gen.LETTERS)}\", {self.bag(d)}))"
        if k == 16:
            return f"({self.bag(d)} \\sqsubseteq {self.bag(d)})"
        if k == 17:
            return f"IsSorted({self.c_seq(Seq(INT), INT, d) or '<<>>'}, <=)"
        if k == 18:
            return f"({self.seq(et, d)} \\in SetToSeqs({self.small_set(et, d)}))"
        return f"({self.arg(Set(Seq(et)), d)} = {self.pick('CommonPrefixes', 'ToSet')}({self.arg(Set(Seq(et)), d)}))" \
            if self.chance(0.5) else f"(LongestCommonPrefix({self.arg(Set(Seq(et)), d)}) = {self.seq(et, d)})"

    def c_seq(self, t, et, d):
        k = self.r.randrange(30)
        s = lambda: self.seq(et, d)
        e = lambda: self.arg(et, d)
        i = lambda: self.pick("1", "2", "3", "0", str(self.r.randint(1, 4)), self.expr(INT, d))
        if k == 0:
            return f"SetToSeq({self.arg(Set(et), d)})"
        if k in (1, 2):
            return f"SetToSortSeq({self.arg(Set(et), d)}, {self.order(et, d)})"
        if k == 3:
            return f"SortSeq({s()}, {self.order(et, d)})"
        if k == 4:
            return f"Reverse({s()})"
        if k == 5:
            return f"{self.pick('Remove', 'RemoveFirst')}({s()}, {e()})"
        if k == 6:
            return f"ReplaceAll({s()}, {e()}, {e()})"
        if k == 7:
            return f"{self.pick('InsertAt', 'ReplaceAt')}({s()}, {i()}, {e()})"
        if k == 8:
            return f"RemoveAt({s()}, {i()})"
        if k == 9:
            return f"RemoveFirstMatch({s()}, {self.lam1(et, BOOL, d)})"
        if k == 10:
            return f"Cons({e()}, {s()})" if self.chance(0.5) else f"Snoc({s()}, {e()})"
        if k == 11:
            return f"Front({s()})"
        if k == 12:
            return f"FlattenSeq(<<{s()}, {s()}>>)" if self.chance(0.7) else f"FlattenSeq({self.arg(Seq(t), d)})"
        if k == 13:
            return f"LongestCommonPrefix({self.arg(Set(t), d)})"
        if k == 14:
            return f"ReplaceSubSeqAt({i()}, {s()}, {s()}, {s()})"
        if k == 15:
            return f"{self.pick('ReplaceFirstSubSeq', 'ReplaceAllSubSeqs')}({s()}, {s()}, {s()})"
        if k == 16:
            return self.with_op(lambda op: f"FoldSeq({op}, {s()}, {self.arg(Seq(t), d)})", t, d)
        if k == 17:
            return self.with_op(lambda op: f"FoldLeft({op}, {s()}, {self.arg(Seq(t), d)})", t, d)
        if k == 18:
            return f"FoldFunction(LAMBDA x, y : Append(y, x), <<>>, {self.arg(Fn(INT, et), d)})"
        if k == 19:
            return f"FoldSet(LAMBDA x, y : Append(y, x), <<>>, {self.arg(Set(et), d)})"
        if k == 20:
            return f"FoldFunction(Snoc, <<>>, {s()})" if self.chance(0.5) else f"FoldSeq(Cons, <<>>, {s()})"
        if k == 21:
            return f"SelectSeq({s()}, {self.lam1(et, BOOL, d)})"
        if k == 22:
            return f"CHOOSE {self.fresh('x')} \\in SetToSeqs({self.small_set(et, d)}) : TRUE"
        if k == 23:
            return f"SetToSortSeq(ToSet({s()}), {self.order(et, d)})"
        if k == 24:
            return f"Restrict({s()}, 1..{self.r.randint(0, 3)})"
        if k == 25:
            return self.pair_seq("Zip", s(), s(), 1) if self.chance(0.3) else \
                f"SetToSortSeq(Range({self.arg(Fn(self.elem(), et), d)}), {self.order(et, d)})"
        if k == 26:
            return f"Pointwise({s()}, {s()}, {self.binop_direct(et, d) if et == INT else 'LAMBDA x, y : x'})"
        if k == 27:
            return f"TupleOf({self.small_set(et, 0)}, {self.r.randint(0, 2)}) = {{}}" and \
                f"CHOOSE {self.fresh('x')} \\in TupleOf({self.small_set(et, 0)}, {self.r.randint(0, 2)}) : TRUE"
        if k == 28:
            return self.pair_seq("Interleave", s(), s(), 2)
        return f"SetToSeq({self.c_set(Set(et), et, d) or '{}'})" if self.chance(0.5) else \
            f"SortSeq({self.c_seq(t, et, d)}, {self.order(et, d)})"

    def c_set(self, t, et, d):
        k = self.r.randrange(16)
        if k == 0:
            return f"ToSet({self.seq(et, d)})"
        if k == 1:
            return f"Range({self.arg(Fn(self.elem(), et), d)})"
        if k == 2:
            return f"SymDiff({self.arg(t, d)}, {self.arg(t, d)})"
        if k == 3:
            return f"FlattenSet({{{self.arg(t, d)}, {self.arg(t, d)}}})"
        if k == 4:
            return self.with_op(lambda op: f"FoldSet({op}, {self.arg(t, d)}, {self.arg(Set(t), d)})", t, d)
        if k == 5:
            return self.with_op(lambda op: f"FoldSeq({op}, {{}}, {self.arg(Seq(t), d)})", t, d)
        if k == 6 and et[0] == "set":
            return f"kSubset({self.r.randint(-1, 3)}, {self.small_set(et[1], d)})"
        if k == 7 and et[0] == "seq":
            return f"{self.pick('Prefixes', 'Suffixes', 'SubSeqs', 'AllSubSeqs')}({self.seq(et[1], d)})"
        if k == 8 and et[0] == "seq":
            return f"{self.pick('TupleOf', 'SeqOf', 'BoundedSeq')}({self.small_set(et[1], 0)}, {self.r.randint(0, 2)})"
        if k == 9 and et == INT:
            n, G = self.graph(d)
            return f"{self.pick('Successors', 'Predecessors', 'Ancestors', 'Descendants')}({G}, {self.r.randint(1, 3)})"
        if k == 10 and et == INT:
            n, G = self.graph(d)
            return f"{self.pick('AllSuccessors', 'AllPredecessors')}({G}, {self.small_set(INT, 0)})"
        if k == 11:
            return f"FoldFunction(\\cup, {{}}, [{self.fresh('i')} \\in {self.small_set(INT, 0)} |-> {self.arg(t, d)}])" \
                if self.chance(0.3) else \
                f"FoldFunction(LAMBDA x, y : x \\cup y, {{}}, [{self.fresh('i')} \\in {self.small_set(INT, 0)} |-> {self.arg(t, d)}])"
        if k == 12:
            return f"BagToSet({self.bag(d)})" if et == STR else f"ToSet(SetToSeq({self.arg(t, d)}))"
        if k == 13:
            return f"DOMAIN {self.c_fn(Fn(et, INT), d) or '<<>>'}" if et == INT else \
                f"ToSet(SetToSortSeq({self.arg(t, d)}, {self.order(et, d)}))"
        if k == 14 and et[0] == "tup" and len(et[1]) == 2 and et[1][0] == et[1][1] == INT:
            S, R = self.relation(d)
            return f"{{p \\in {S} \\X {S} : {self.pick('TransitiveClosure', 'ReflexiveTransitiveClosure')}({R}, {S})[p]}}"
        if k == 15:
            return f"ChooseUnique({{{self.arg(t, d)}}}, LAMBDA x : TRUE)"
        return None

    def c_fn(self, t, d):
        dt, rt = t[1], t[2]
        k = self.r.randrange(8)
        f = lambda: self.arg(t, d)
        if k == 0:
            return f"Restrict({f()}, {self.arg(Set(dt), d)})"
        if k == 1:
            return f"RestrictDomain({f()}, {self.lam1(dt, BOOL, d)})"
        if k == 2:
            return f"RestrictValues({f()}, {self.lam1(rt, BOOL, d)})"
        if k == 3:
            op = self.binop(rt, d).replace("LET", "+") if rt in (INT, BOOL) or rt[0] in ("set", "seq") \
                else "LAMBDA x, y : x"
            return f"Pointwise({f()}, {f()}, {op})"
        if k == 4:
            return f"Inverse({self.arg(Fn(rt, dt), d)}, {self.small_set(rt, d)}, {self.small_set(dt, d)})"
        if k == 5:
            return f"AntiFunction({self.arg(Fn(rt, dt), d)})"
        if k == 6 and dt == STR and rt == INT:
            return f"{self.pick('BagAdd', 'BagRemove', 'BagRemoveAll')}({self.bag(d)}, \"{self.r.choice(gen.LETTERS)}\")"
        if k == 7 and dt == INT and rt == INT:
            return f"ToBag({self.seq(INT, d)})"
        return None


def generate(seed, count, error_rate=0.01, depth=3):
    rng = random.Random(seed * 7919 + 17)
    out = []
    for i in range(count):
        g = CGen(rng, error_rate)
        t = g.small_type(2) if rng.random() < 0.6 else rng.choice([BOOL, INT, INT, Seq(INT), Set(INT), Seq(STR)])
        e = g.community(t, rng.randint(1, depth)) or g.expr(t, rng.randint(1, depth))
        r = rng.random()
        if r < 0.03:
            e = f"ToString({e})"
        elif r < 0.07:
            e = f"{rng.choice(['ToJson', 'ToJsonArray', 'ToJsonObject'])}({e})"
        out.append({"id": f"c{seed}-{i}", "expr": e.replace("(*", "( *")})  # not a comment
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--error-rate", type=float, default=0.01)
    ap.add_argument("--depth", type=int, default=3)
    a = ap.parse_args()
    for o in generate(a.seed, a.count, a.error_rate, a.depth):
        print(json.dumps(o))


if __name__ == "__main__":
    main()
