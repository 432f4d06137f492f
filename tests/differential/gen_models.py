#!/usr/bin/env python3
"""Seeded random whole models (a TLA+ module and its cfg) for the differential test against TLC.

    gen_models.py SEED... [--out DIR]      writes DIR/G<SEED>.tla and DIR/G<SEED>.cfg

A model has 1-4 state variables of varied kinds (an int in 0..m-1, a counter bounded only by
a CONSTRAINT, a boolean, a subset of a small domain, a function over a small domain, a
record, a sequence bounded by a guard or a CONSTRAINT, a model value of the cfg's set
Procs), an Init of `\\in` and `=` conjuncts, a Next that is a disjunction of guarded actions
(\\E over constant and state-dependent sets, EXCEPT, UNCHANGED, IF/CASE/LET, CHOOSE, set
operations, operators with parameters), and a cfg with invariants (sometimes violated),
CONSTRAINT, ACTION_CONSTRAINT, CHECK_DEADLOCK on or off, sometimes SYMMETRY (then the spec
treats Procs symmetrically: no literal model value, no CHOOSE over Procs), sometimes a
temporal PROPERTY under WF/SF fairness, and sometimes an error TLC raises at run time.

The generator is typed: an expression of a wanted type (int, bool, element of a domain,
subset of a domain) is built from sub-expressions of known types, and every assignment to a
bounded variable stays in its domain (`% m`, guards), so state spaces stay small (the
product of the domains' sizes is kept under MAX_STATES). Same seed, same model text (only
random.Random.random() is used; GEN_VERSION changes whenever the text for a seed does).
"""

import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_wide  # noqa: E402

GEN_VERSION = 1
MAX_STATES = 3000
MODEL_VALUES = ["p1", "p2", "p3"]


class Dom:
    """A finite domain: its TLA+ text and its elements' literals."""

    def __init__(self, kind, text, elems):
        self.kind, self.text, self.elems = kind, text, elems

    def __eq__(self, other):
        return isinstance(other, Dom) and self.text == other.text

    def __hash__(self):
        return hash(self.text)


def int_dom(lo, hi):
    return Dom("int", f"{lo}..{hi}", [str(i) for i in range(lo, hi + 1)])


BOOL_DOM = Dom("bool", "BOOLEAN", ["TRUE", "FALSE"])
INT, BOOL = ("int",), ("bool",)
MOD_OPS = ["%", "\\div"]
IN_OPS = ["\\in", "\\notin"]
SUBSET_OPS = ["\\subseteq", "=", "#"]
BOOL_OPS = ["/\\", "\\/", "=>", "<=>"]
SET_OPS = ["\\cup", "\\cap", "\\"]


def Elem(d):
    return BOOL if d.kind == "bool" else ("elem", d)


def SetOf(d):
    return ("set", d)


class Var:
    def __init__(self, name, kind, **kw):
        self.name, self.kind = name, kind
        self.__dict__.update(kw)

    def size(self):
        k = self.kind
        if k == "int":
            return len(self.dom.elems)
        if k == "cint":
            return self.bound + 2
        if k == "bool":
            return 2
        if k == "set":
            return 2 ** len(self.dom.elems)
        if k == "fun":
            return len(self.rng.elems) ** len(self.dom.elems)
        if k == "rec":
            return len(self.a.elems) * 2
        if k == "seq":
            return sum(len(self.dom.elems) ** n for n in range(self.maxlen + 2))
        return len(self.dom.elems)  # mv


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.symmetric = self.chance(0.15)
        self.nprocs = 2 + self.below(2)
        self.procs = Dom("mv", "Procs", MODEL_VALUES[:self.nprocs])
        self.uses_procs = self.symmetric
        self.uses_literal_mv = False
        self.vars, self.ops, self.defs = [], [], []
        self.constraints, self.hazard = [], None
        self.stateful_ops = set()

    # -- randomness ------------------------------------------------------------------
    def below(self, n):
        return min(n - 1, int(self.r.random() * n))

    def pick(self, xs):
        return xs[self.below(len(xs))]

    def chance(self, p):
        return self.r.random() < p

    def weighted(self, options):
        """options: list of (weight, thunk); runs one thunk, None results retried."""
        options = [o for o in options if o[0] > 0]
        for _ in range(8):
            total = sum(w for w, _ in options)
            x = self.r.random() * total
            for w, f in options:
                x -= w
                if x < 0:
                    v = f()
                    if v is not None:
                        return v
                    break
        return None

    # -- domains and variables ---------------------------------------------------------
    def small_dom(self, allow_mv=True):
        if allow_mv and self.chance(0.35 if not self.symmetric else 0.7):
            self.uses_procs = True
            return self.procs
        return self.pick([int_dom(0, 1), int_dom(0, 2), int_dom(1, 3), int_dom(1, 2)])

    def value_dom(self):
        """A range of values (function range, record field, sequence element)."""
        if self.chance(0.2):
            return BOOL_DOM
        return self.small_dom(allow_mv=self.chance(0.3))

    def make_var(self, kind, name):
        if kind == "int":
            return Var(name, kind, dom=int_dom(0, 1 + self.below(4)))
        if kind == "cint":
            return Var(name, kind, bound=2 + self.below(5))
        if kind == "bool":
            return Var(name, kind)
        if kind == "set":
            return Var(name, kind, dom=self.small_dom())
        if kind == "fun":
            d = self.small_dom()
            r = self.value_dom()
            while len(r.elems) ** len(d.elems) > 64:
                r = int_dom(0, 1)
            return Var(name, kind, dom=d, rng=r)
        if kind == "rec":
            return Var(name, kind, a=self.pick([int_dom(0, 1), int_dom(0, 2), int_dom(1, 3)]))
        if kind == "seq":
            d = self.value_dom() if self.chance(0.5) else int_dom(0, 1)
            if d.kind == "mv":
                self.uses_procs = True
            return Var(name, kind, dom=d, maxlen=1 + self.below(3), by_constraint=self.chance(0.35))
        self.uses_procs = True
        return Var(name, "mv", dom=self.procs)

    def make_vars(self):
        names = {"int": "xyzw", "cint": "kl", "bool": "bcde", "set": "stuv", "fun": "fgh",
                 "rec": "rp", "seq": "qa", "mv": "mn"}
        used = {k: 0 for k in names}
        kinds = ["int", "int", "cint", "bool", "bool", "set", "set", "fun", "fun", "rec", "seq", "seq", "mv"]
        want = 1 + self.below(4)
        size = 1
        for _ in range(want * 4):
            if len(self.vars) == want:
                break
            k = self.pick(kinds)
            if used[k] >= len(names[k]):
                continue
            v = self.make_var(k, names[k][used[k]])
            if size * v.size() > MAX_STATES:
                continue
            used[k] += 1
            size *= v.size()
            self.vars.append(v)
        if not self.vars:
            self.vars.append(Var("x", "int", dom=int_dom(0, 2)))

    # -- expressions -------------------------------------------------------------------
    def elem_literal(self, d):
        if d.kind == "mv":
            if self.symmetric:
                return None
            self.uses_literal_mv = True
        return self.pick(d.elems)

    def sources(self, ty, scope):
        """Leaf expressions of type ty: bound names, variables and their parts."""
        out = [n for n, t in scope if t == ty]
        for v in self.vars:
            n, k = v.name, v.kind
            if ty == INT and k in ("int", "cint"):
                out.append(n)
            if ty == INT and k == "set":
                out.append(f"Cardinality({n})")
            if ty == INT and k == "seq":
                out.append(f"Len({n})")
            if ty == BOOL and k == "bool":
                out.append(n)
            if ty == BOOL and k == "rec":
                out.append(f"{n}.b")
            if ty[0] == "elem":
                d = ty[1]
                if k in ("int", "mv") and v.dom == d:
                    out.append(n)
                if k == "rec" and v.a == d:
                    out.append(f"{n}.a")
            if k == "fun" and Elem(v.rng) == ty:
                out.append(("fun", v))
            if k == "seq" and Elem(v.dom) == ty:
                out.append(("head", v))
        return out

    def leaf_text(self, s, scope, depth):
        if isinstance(s, str):
            return s
        what, v = s
        if what == "fun":
            arg = self.expr(Elem(v.dom), scope, depth - 1)
            return f"{v.name}[{arg}]" if arg else None
        default = self.expr(Elem(v.dom), scope, 0)
        if default is None:
            return None
        if self.hazard_here("head"):
            return f"Head({v.name})"
        return f"(IF {v.name} = <<>> THEN {default} ELSE Head({v.name}))"

    def hazard_here(self, kind):
        """True once per model, where a wanted kind of run-time error is to be planted."""
        if self.hazard == kind and self.chance(0.7):
            self.hazard = "done"
            return True
        return False

    def leaf(self, ty, scope, depth):
        srcs = self.sources(ty, scope)
        if srcs and self.chance(0.85):
            t = self.leaf_text(self.pick(srcs), scope, depth)
            if t is not None:
                return t
        if ty == INT:
            if self.chance(0.2):
                return "N"
            return str(self.below(4))
        if ty == BOOL:
            return self.pick(["TRUE", "FALSE"])
        if ty[0] == "elem":
            return self.elem_literal(ty[1])
        return self.set_leaf(ty[1], scope)

    def set_leaf(self, d, scope):
        srcs = [v.name for v in self.vars if v.kind == "set" and v.dom == d]
        srcs += [f"DOMAIN {v.name}" for v in self.vars if v.kind == "fun" and v.dom == d]
        if srcs and self.chance(0.6):
            return self.pick(srcs)
        if self.chance(0.15):
            return "{}"
        return d.text

    def expr(self, ty, scope, depth):
        if depth <= 0 or self.chance(0.3):
            return self.leaf(ty, scope, depth)
        if ty == INT:
            return self.int_expr(scope, depth)
        if ty == BOOL:
            return self.bool_expr(scope, depth)
        if ty[0] == "elem":
            return self.elem_expr(ty[1], scope, depth)
        return self.set_expr(ty[1], scope, depth)

    def op_calls(self, ty, scope, depth):
        ops = [o for o in self.ops if o[2] == ty]
        if not ops:
            return None
        name, params, _ = self.pick(ops)
        args = [self.expr(t, scope, depth - 1) for t in params]
        if any(a is None for a in args):
            return None
        return f"{name}({', '.join(args)})" if args else name

    def fresh(self, scope):
        return "ijvw"[len(scope) % 4] + str(len(scope))

    def int_expr(self, scope, depth):
        e = lambda ty=INT: self.expr(ty, scope, depth - 1)

        def binop():
            a, b = e(), e()
            return f"({a} {self.pick(['+', '-', '+', '*'])} {b})"

        def modop():
            a = e()
            if self.hazard_here("div0"):
                z = [v.name for v in self.vars if v.kind == "int"]
                if z:
                    return f"({a} \\div {self.pick(z)})"
            return f"({a} {self.pick(MOD_OPS)} {2 + self.below(3)})"

        def choose():
            d = int_dom(0, 1 + self.below(4))
            v = self.fresh(scope)
            p = self.expr(BOOL, scope + [(v, Elem(d))], depth - 1)
            return f"(CHOOSE {v} \\in {d.text} : {p} \\/ {v} = {d.elems[-1]})"

        def card():
            d = self.small_dom()
            return f"Cardinality({self.expr(SetOf(d), scope, depth - 1)})"

        def elem():
            d = self.pick([int_dom(0, 1), int_dom(1, 3)] + [v.dom for v in self.vars if v.kind == "int"])
            return self.expr(Elem(d), scope, depth)

        return self.weighted([
            (4, binop), (2, modop), (2, lambda: self.ite(INT, scope, depth)),
            (1, lambda: self.case(INT, scope, depth)), (1, lambda: self.let(INT, scope, depth)),
            (1, choose), (1, card), (2, elem), (2, lambda: self.op_calls(INT, scope, depth)),
        ]) or self.leaf(INT, scope, 0)

    def ite(self, ty, scope, depth):
        c, a, b = (self.expr(BOOL, scope, depth - 1), self.expr(ty, scope, depth - 1),
                   self.expr(ty, scope, depth - 1))
        if a is None or b is None:
            return None
        return f"(IF {c} THEN {a} ELSE {b})"

    def case(self, ty, scope, depth):
        arms = [(self.expr(BOOL, scope, depth - 1), self.expr(ty, scope, depth - 1))
                for _ in range(1 + self.below(2))]
        other = self.expr(ty, scope, depth - 1)
        if other is None or any(a is None for _, a in arms):
            return None
        text = " [] ".join(f"{c} -> {a}" for c, a in arms)
        if self.hazard_here("case"):
            return f"(CASE {text})"
        return f"(CASE {text} [] OTHER -> {other})"

    def let(self, ty, scope, depth):
        v = self.fresh(scope).upper()
        bty = self.pick([INT, BOOL])
        val = self.expr(bty, scope, depth - 1)
        body = self.expr(ty, scope + [(v, bty)], depth - 1)
        if body is None:
            return None
        return f"(LET {v} == {val} IN {body})"

    def quant_domain(self, scope, depth):
        d = self.small_dom()
        return d, self.expr(SetOf(d), scope, depth - 1)

    def bool_expr(self, scope, depth):
        e = lambda ty=BOOL: self.expr(ty, scope, depth - 1)

        def cmp():
            return f"({e(INT)} {self.pick(['<', '<=', '=', '#', '>', '>='])} {e(INT)})"

        def eq_elem():
            d = self.small_dom()
            a, b = e(Elem(d)), e(Elem(d))
            if a is None or b is None:
                return None
            if self.hazard_here("cmp"):
                return f"({a} = TRUE)" if d.kind == "int" else None
            return f"({a} {self.pick(['=', '#'])} {b})"

        def member():
            d = self.small_dom()
            a = e(Elem(d))
            return None if a is None else f"({a} {self.pick(IN_OPS)} {e(SetOf(d))})"

        def subset():
            d = self.small_dom()
            return f"({e(SetOf(d))} {self.pick(SUBSET_OPS)} {e(SetOf(d))})"

        def logic():
            return f"({e()} {self.pick(BOOL_OPS)} {e()})"

        def quant():
            d, s = self.quant_domain(scope, depth)
            v = self.fresh(scope)
            body = self.expr(BOOL, scope + [(v, Elem(d))], depth - 1)
            return f"(\\{self.pick(['E', 'A'])} {v} \\in {s} : {body})"

        def seq_empty():
            qs = [v.name for v in self.vars if v.kind == "seq"]
            return f"({self.pick(qs)} = <<>>)" if qs else None

        return self.weighted([
            (4, cmp), (2, eq_elem), (3, member), (1, subset), (3, logic), (1, lambda: f"~({e()})"),
            (2, quant), (1, lambda: self.ite(BOOL, scope, depth)), (1, seq_empty),
            (1, lambda: self.let(BOOL, scope, depth)), (2, lambda: self.op_calls(BOOL, scope, depth)),
        ]) or self.leaf(BOOL, scope, 0)

    def elem_expr(self, d, scope, depth):
        if d.kind == "bool":
            return self.bool_expr(scope, depth)

        def wrap():
            if d.kind != "int":
                return None
            lo, n = int(d.elems[0]), len(d.elems)
            i = self.expr(INT, scope, depth - 1)
            return f"({lo} + (({i}) % {n}))" if lo else f"(({i}) % {n})"

        def choose():
            if d.kind == "mv" and self.symmetric:
                return None
            v = self.fresh(scope)
            s = self.expr(SetOf(d), scope, depth - 1)
            p = self.expr(BOOL, scope + [(v, Elem(d))], depth - 1)
            if self.hazard_here("choose"):
                return f"(CHOOSE {v} \\in {s} : {p})"
            lit = self.elem_literal(d)
            return f"(CHOOSE {v} \\in {s} \\cup {{{lit}}} : {p} \\/ {v} = {lit})"

        def hazard_apply():
            funs = [v for v in self.vars if v.kind == "fun" and Elem(v.rng) == Elem(d) and v.dom.kind == "int"]
            if funs and self.hazard_here("apply"):
                f = self.pick(funs)
                return f"{f.name}[{self.expr(INT, scope, depth - 1)}]"
            return None

        return self.weighted([
            (3, wrap), (2, lambda: self.ite(Elem(d), scope, depth)), (1, lambda: self.case(Elem(d), scope, depth)),
            (2, choose), (2, lambda: self.op_calls(Elem(d), scope, depth)), (1, hazard_apply),
        ]) or self.leaf(Elem(d), scope, 0)

    def set_expr(self, d, scope, depth):
        e = lambda: self.expr(SetOf(d), scope, depth - 1)

        def binop():
            return f"({e()} {self.pick(SET_OPS)} {e()})"

        def enum():
            xs = [self.expr(Elem(d), scope, depth - 1) for _ in range(1 + self.below(2))]
            return None if any(x is None for x in xs) else "{" + ", ".join(xs) + "}"

        def filt():
            v = self.fresh(scope)
            p = self.expr(BOOL, scope + [(v, Elem(d))], depth - 1)
            return f"{{{v} \\in {e()} : {p}}}"

        def image():
            funs = [v for v in self.vars if v.kind == "fun" and v.rng == d]
            if not funs:
                return None
            f = self.pick(funs)
            v = self.fresh(scope)
            return f"{{{f.name}[{v}] : {v} \\in {self.expr(SetOf(f.dom), scope, depth - 1)}}}"

        return self.weighted([
            (3, binop), (2, enum), (2, filt), (1, image), (1, lambda: self.ite(SetOf(d), scope, depth)),
            (2, lambda: self.op_calls(SetOf(d), scope, depth)),
        ]) or self.set_leaf(d, scope)

    # -- operators ---------------------------------------------------------------------
    def some_type(self):
        k = self.below(4)
        if k == 0:
            return INT
        if k == 1:
            return BOOL
        d = self.small_dom()
        return Elem(d) if k == 2 else SetOf(d)

    def make_ops(self):
        for i in range(self.below(4)):
            params = [self.some_type() for _ in range(self.below(3))]
            names = [f"a{i}{j}" for j in range(len(params))]
            ret = self.some_type()
            body = self.expr(ret, list(zip(names, params)), 2)
            if body is None:
                continue
            name = f"Op{i + 1}"
            head = f"{name}({', '.join(names)})" if names else name
            if self.mentions_state(body):
                self.stateful_ops.add(name)
            self.defs.append(f"{head} == {body}")
            self.ops.append((name, params, ret))

    # -- Init, actions -----------------------------------------------------------------
    def var_type_set(self, v):
        k = v.kind
        if k in ("int", "mv", "set"):
            return v.dom.text if k != "set" else f"SUBSET ({v.dom.text})"
        if k == "bool":
            return "BOOLEAN"
        if k == "fun":
            return f"[{v.dom.text} -> {v.rng.text}]"
        if k == "rec":
            return f"[a : {v.a.text}, b : BOOLEAN]"
        return None

    def init_conj(self, v):
        k = v.kind
        if k == "cint":
            return f"{v.name} = 0"
        if k == "seq":
            if self.chance(0.6):
                return f"{v.name} = <<>>"
            x = self.elem_literal(v.dom)
            return f"{v.name} \\in {{<<>>, <<{x}>>}}" if x else f"{v.name} = <<>>"
        if self.chance(0.55):
            return f"{v.name} \\in {self.var_type_set(v)}"
        if k == "bool":
            return f"{v.name} = {self.pick(['TRUE', 'FALSE'])}"
        if k == "int":
            return f"{v.name} = {self.pick(v.dom.elems)}"
        if k == "set":
            x = self.elem_literal(v.dom)
            return f"{v.name} = {{{x}}}" if x and self.chance(0.5) else f"{v.name} = {{}}"
        if k == "fun":
            x = self.elem_literal(v.rng)
            if x is None:
                return f"{v.name} \\in {self.var_type_set(v)}"
            return f"{v.name} = [i \\in {v.dom.text} |-> {x}]"
        if k == "rec":
            return f"{v.name} = [a |-> {self.pick(v.a.elems)}, b |-> {self.pick(['TRUE', 'FALSE'])}]"
        x = self.elem_literal(v.dom)
        return f"{v.name} = {x}" if x else f"{v.name} \\in Procs"

    def init(self):
        conj = [self.init_conj(v) for v in self.vars]
        if self.chance(0.12):
            conj.append(self.state_bool([], 2))
        return conj

    def update(self, v, scope, depth=2):
        """A conjunct that assigns v' (keeping v in its domain)."""
        n, k = v.name, v.kind
        e = lambda ty: self.expr(ty, scope, depth)
        if k == "int":
            m = len(v.dom.elems)
            return self.weighted([
                (3, lambda: f"{n}' = {e(Elem(v.dom))}"),
                (2, lambda: f"{n} < {m - 1} /\\ {n}' = {n} + 1"),
                (1, lambda: f"{n} > 0 /\\ {n}' = {n} - 1"),
                (1, lambda: f"{n}' \\in {e(SetOf(v.dom))}"),
                (1, lambda: self.if_update(v, scope)),
            ])
        if k == "cint":
            return self.pick([f"{n}' = {n} + 1", f"{n}' = {n} + {1 + self.below(2)}",
                              f"{n}' = IF {e(BOOL)} THEN 0 ELSE {n} + 1"])
        if k == "bool":
            return self.pick([f"{n}' = ~{n}", f"{n}' = {e(BOOL)}", f"{n}' \\in BOOLEAN"])
        if k == "set":
            def add_fresh():
                w = self.fresh(scope)
                return f"\\E {w} \\in {v.dom.text} \\ {n} : {n}' = {n} \\cup {{{w}}}"
            x = lambda: e(Elem(v.dom))
            return self.weighted([
                (2, lambda: f"{n}' = {e(SetOf(v.dom))}"),
                (2, lambda: (lambda a: a and f"{n}' = {n} \\cup {{{a}}}")(x())),
                (2, lambda: (lambda a: a and f"{n}' = {n} \\ {{{a}}}")(x())),
                (2, add_fresh), (1, lambda: f"{n}' \\in SUBSET {n}"),
            ])
        if k == "fun":
            def except_():
                a, b = e(Elem(v.dom)), e(Elem(v.rng))
                return a and b and f"{n}' = [{n} EXCEPT ![{a}] = {b}]"

            def bump():
                a = e(Elem(v.dom))
                if not a:
                    return None
                if v.rng.kind == "int" and v.rng.elems[0] == "0":
                    return f"{n}' = [{n} EXCEPT ![{a}] = (@ + 1) % {len(v.rng.elems)}]"
                if v.rng.kind == "bool":
                    return f"{n}' = [{n} EXCEPT ![{a}] = ~@]"
                return None

            def build():
                w = self.fresh(scope)
                b = self.expr(Elem(v.rng), scope + [(w, Elem(v.dom))], depth)
                return b and f"{n}' = [{w} \\in {v.dom.text} |-> {b}]"
            return self.weighted([(3, except_), (2, bump), (1, build),
                                  (1 if v.size() <= 27 else 0, lambda: f"{n}' \\in {self.var_type_set(v)}")])
        if k == "rec":
            return self.weighted([
                (2, lambda: f"{n}' = [{n} EXCEPT !.a = {e(Elem(v.a))}]"),
                (1, lambda: f"{n}' = [{n} EXCEPT !.b = ~@]"),
                (1, lambda: f"{n}' = [a |-> {e(Elem(v.a))}, b |-> {e(BOOL)}]"),
                (1, lambda: f"{n}' \\in {self.var_type_set(v)}"),
            ])
        if k == "seq":
            guard = "" if v.by_constraint else f"Len({n}) < {v.maxlen} /\\ "

            def app():
                a = e(Elem(v.dom))
                return a and f"{guard}{n}' = Append({n}, {a})"
            tail = (f"{n}' = Tail({n})" if self.hazard_here("tail") else f"{n} # <<>> /\\ {n}' = Tail({n})")
            return self.weighted([(3, app), (2, lambda: tail), (1, lambda: f"{n}' = <<>>"),
                                  (1, lambda: f"Len({n}) > 1 /\\ {n}' = SubSeq({n}, 2, Len({n}))")])
        return self.weighted([
            (2, lambda: (lambda a: a and f"{n}' = {a}")(e(Elem(v.dom)))),
            (2, lambda: f"\\E {self.fresh(scope)} \\in Procs \\ {{{n}}} : {n}' = {self.fresh(scope)}"),
        ])

    def if_update(self, v, scope):
        a, b = self.expr(Elem(v.dom), scope, 1), self.expr(Elem(v.dom), scope, 1)
        return f"IF {self.expr(BOOL, scope, 1)} THEN {v.name}' = {a} ELSE {v.name}' = {b}"

    def action(self, idx):
        scope, head = [], []
        if self.symmetric or self.chance(0.4):
            d = self.procs if self.symmetric else self.small_dom()
            w = self.fresh(scope)
            s = d.text if self.chance(0.6) else self.expr(SetOf(d), [], 1)
            head.append(f"\\E {w} \\in {s} :")
            scope.append((w, Elem(d)))
        conj = [self.expr(BOOL, scope, 2) for _ in range(self.pick([0, 0, 1, 1, 2]))]
        nupd = 1 + (self.below(2) if len(self.vars) > 1 else 0)
        order = list(self.vars)
        chosen = []
        while len(chosen) < nupd:
            v = order[self.below(len(order))]
            if v not in chosen:
                chosen.append(v)
        for v in chosen:
            u = self.update(v, scope)
            conj.append(u if u else f"{v.name}' = {v.name}")
        if self.hazard_here("assert"):
            conj.append(f'Assert({self.expr(BOOL, scope, 2)}, "A{idx} assertion")')
        rest = [v.name for v in self.vars if v not in chosen]
        if rest and self.hazard_here("unspecified"):
            rest = rest[1:]
        if len(rest) == 1:
            conj.append(f"UNCHANGED {rest[0]}")
        elif rest:
            conj.append(f"UNCHANGED <<{', '.join(rest)}>>")
        body = "\n".join(f"    /\\ {c}" for c in conj)
        if head:
            return f"A{idx} ==\n  {' '.join(head)}\n{body}"
        return f"A{idx} ==\n{body}"

    # -- cfg-level formulas ------------------------------------------------------------
    def inv_scope(self):
        if self.symmetric:
            return "\\A v0 \\in Procs : ", [("v0", Elem(self.procs))]
        return "", []

    def mentions_state(self, text):
        """Whether text names a state variable (a constant formula is a cfg error in TLC)."""
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
        return any(v.name in words for v in self.vars) or bool(words & self.stateful_ops)

    def state_bool(self, scope, depth):
        for _ in range(6):
            e = self.expr(BOOL, scope, depth)
            if self.mentions_state(e):
                return e
        v = self.pick(self.vars)
        return f"{v.name} = {v.name}"

    def invariant(self):
        pre, scope = self.inv_scope()
        if self.chance(0.4):
            ints = [v for v in self.vars if v.kind in ("int", "cint")]
            if ints:
                v = self.pick(ints)
                hi = len(v.dom.elems) - 1 if v.kind == "int" else v.bound
                return f"{v.name} # {self.pick([hi, hi, hi + 1, 1 + self.below(hi)])}"
        k = self.below(3)
        if k == 0:  # holds initially: violated, if at all, after some steps
            return f"Init \\/ {pre}{self.state_bool(scope, 3)}"
        if k == 1:
            return pre + f"({self.state_bool(scope, 2)} => {self.state_bool(scope, 2)})"
        return pre + self.state_bool(scope, 3)

    def action_constraint(self):
        ints = [v.name for v in self.vars if v.kind in ("int", "cint")]
        bools = [v.name for v in self.vars if v.kind == "bool"]
        forms = []
        if ints:
            forms.append(lambda: (lambda x: f"{x}' {self.pick(['>=', '#', '<='])} {x}")(self.pick(ints)))
        if bools:
            forms.append(lambda: (lambda b: f"~{b} \\/ {b}'")(self.pick(bools)))
        forms.append(lambda: (lambda v: f"{self.state_bool([], 2)} \\/ {v}' = {v}")(self.pick(self.vars).name))
        return self.pick(forms)()

    def temporal(self):
        a = self.state_bool([], 2)
        b = self.state_bool([], 2)
        return self.pick([f"[]<>({a})", f"<>[]({a})", f"({a}) ~> ({b})", f"<>({a})", f"[]({a})",
                          f"[][{self.action_constraint()}]_vars"])

    # -- the model ---------------------------------------------------------------------
    def generate(self):
        self.make_vars()
        kinds = ["head", "div0", "choose", "apply", "tail", "unspecified", "assert", "case", "cmp"]
        if self.chance(0.25):
            self.hazard = self.pick(kinds)
        self.make_ops()
        init = self.init()
        actions = [self.action(i + 1) for i in range(2 + self.below(4))]
        invs = [self.invariant() for _ in range(self.pick([0, 1, 1, 2]))]
        constraint = [f"{v.name} <= {v.bound}" for v in self.vars if v.kind == "cint"]
        constraint += [f"Len({v.name}) <= {v.maxlen}" for v in self.vars if v.kind == "seq" and v.by_constraint]
        if self.chance(0.15):
            constraint.append(self.state_bool([], 2))
        act_constraint = self.action_constraint() if self.chance(0.2) else None
        live = None if self.symmetric or not self.chance(0.25) else self.temporal()
        fair = []
        if live:
            for i in range(len(actions)):
                if self.chance(0.4):
                    fair.append(f"{self.pick(['WF', 'WF', 'SF'])}_vars(A{i + 1})")
            if not fair or self.chance(0.2):
                fair.append("WF_vars(Next)")
        deadlock = self.chance(0.6)
        return self.render(init, actions, invs, constraint, act_constraint, live, fair, deadlock)

    def render(self, init, actions, invs, constraint, act_constraint, live, fair, deadlock):
        name = f"G{self.seed}"
        consts = ["N"]
        if self.uses_procs or self.symmetric:
            consts.append("Procs")
        if self.uses_literal_mv:
            consts += self.procs.elems
        names = [v.name for v in self.vars]
        lines = [f"---- MODULE {name} ----", "EXTENDS Integers, Sequences, FiniteSets, TLC",
                 f"CONSTANTS {', '.join(consts)}", f"VARIABLES {', '.join(names)}",
                 f"vars == <<{', '.join(names)}>>", ""]
        lines += self.defs + [""]
        lines.append("Init ==\n" + "\n".join(f"  /\\ {c}" for c in init))
        lines += [""] + actions + [""]
        lines.append("Next == " + " \\/ ".join(f"A{i + 1}" for i in range(len(actions))))
        cfg = ["CONSTANT N = 3"]
        if "Procs" in consts:
            cfg.append("CONSTANT Procs = {" + ", ".join(self.procs.elems) + "}")
        if self.uses_literal_mv:
            cfg += [f"CONSTANT {p} = {p}" for p in self.procs.elems]
        if live:
            lines.append("Spec == Init /\\ [][Next]_vars" + "".join(f" /\\ {f}" for f in fair))
            lines.append(f"Prop == {live}")
            cfg += ["SPECIFICATION Spec", "PROPERTY Prop"]
        else:
            cfg += ["INIT Init", "NEXT Next"]
        gen_wide.append_checks(lines, cfg, invs, " /\\ ".join(f"({c})" for c in constraint), act_constraint,
                               None, self.symmetric, deadlock)
        return name, "\n".join(lines) + "\n", "\n".join(cfg) + "\n"


def generate(seed):
    """(module name, .tla text, .cfg text, {other module: text}) of the model for seed:
    seeds from gen_wide.WIDE_BASE on are gen_wide's protocol-shaped models."""
    if seed >= gen_wide.WIDE_BASE:
        return gen_wide.generate(seed)
    return Gen(seed).generate() + ({},)


def version(seed):
    """The generator version a corpus entry for seed must carry."""
    return gen_wide.GEN_VERSION if seed >= gen_wide.WIDE_BASE else GEN_VERSION


def write(seed, folder):
    name, tla, cfg, extra = generate(seed)
    for other, text in extra.items():
        with open(os.path.join(folder, other + ".tla"), "w") as f:
            f.write(text)
    path = os.path.join(folder, name + ".tla")
    with open(path, "w") as f:
        f.write(tla)
    with open(os.path.join(folder, name + ".cfg"), "w") as f:
        f.write(cfg)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seeds", nargs="+", type=int)
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for s in a.seeds:
        print(write(s, a.out))


if __name__ == "__main__":
    main()
