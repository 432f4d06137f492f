#!/usr/bin/env python3
"""Random well-formed constant-level TLA+ expressions for the differential tester.

Usage: gen.py --seed N --count K  > exprs.jsonl      (one {"id", "expr"} object a line)

The generator is typed: it builds an expression of a wanted type (int, bool, str, model
value, set, sequence, function, record, tuple) from sub-expressions of known types, so most
expressions evaluate; with probability --error-rate a node is replaced by one that TLC
rejects (cross-kind comparison, application outside a domain, Head(<<>>), \\div 0, ...).
Values stay small (sets of a few elements, SUBSET of at most 3, [S -> T] of at most 9
functions) so that both checkers evaluate a batch in well under a second.

Strings come from a fixed pool (STRINGS) that the batch module lists first as record field
names (see runner.py): TLC orders strings by the order it first interned them, and the
prelude makes that order the same whatever else a batch holds. Concatenation stays in the
pool (single letters only), and ToString appears only at the top of an expression (or as
the second half of a top-level <<use of d, ToString(d)>>: printed_after_use).
Same seed, same expressions.
"""

import argparse
import json
import random

LETTERS = ["a", "b", "c"]
STRINGS = LETTERS + [x + y for x in LETTERS for y in LETTERS]
FIELDS = ["a", "b", "c"]
MODEL_VALUES = ["m1", "m2", "m3"]

INT, BOOL, STR, MV = ("int",), ("bool",), ("str",), ("mv",)
BOOL_OPS = ("/\\", "\\/", "=>", "<=>")
IN_OPS = ("\\in", "\\notin")
SUBSETEQ_OPS = ("\\subseteq", "=")
SET_OPS = ("\\cup", "\\cap", "\\")


def Set(t):
    return ("set", t)


def Seq(t):
    return ("seq", t)


def Fn(d, r):
    return ("fn", d, r)


def Rec(fields):
    return ("rec", tuple(fields))


def Tup(ts):
    return ("tup", tuple(ts))


class Gen:
    def __init__(self, rng, error_rate):
        self.r = rng
        self.error_rate = error_rate
        self.counter = 0
        self.scope = []  # (name, type)

    # ---- helpers -------------------------------------------------------------------
    def fresh(self, prefix="v"):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def pick(self, *opts):
        return self.r.choice(opts)

    def chance(self, p):
        return self.r.random() < p

    def small_type(self, depth):
        """A random element type, simpler at larger depths."""
        if depth <= 0:
            return self.pick(INT, INT, BOOL, STR, MV)
        k = self.r.randrange(10)
        if k < 3:
            return INT
        if k == 3:
            return BOOL
        if k == 4:
            return STR
        if k == 5:
            return MV
        if k == 6:
            return Set(self.small_type(depth - 1))
        if k == 7:
            return Seq(self.pick(INT, STR, BOOL))
        if k == 8:
            fs = sorted(self.r.sample(FIELDS, self.r.randint(1, 2)))
            return Rec([(f, self.small_type(depth - 1)) for f in fs])
        return Tup([self.small_type(depth - 1) for _ in range(self.r.randint(1, 2))])

    def bound(self, t, name=None):
        """Pushes a bound name of type t; the caller pops it."""
        name = name or self.fresh()
        self.scope.append((name, t))
        return name

    def var_of(self, t):
        names = [n for n, vt in self.scope if vt == t]
        return self.r.choice(names) if names else None

    # ---- the dispatcher ------------------------------------------------------------------
    def expr(self, t, d):
        if self.chance(self.error_rate):
            e = self.error(t, d)
            if e:
                return e
        v = self.var_of(t)
        if v and self.chance(0.3):
            return v
        if d > 0 and self.chance(0.12):
            return self.generic(t, d)
        kind = t[0]
        return getattr(self, "g_" + kind)(t, d)

    def generic(self, t, d):
        """Constructs that produce any type: IF, CASE, LET, CHOOSE."""
        k = self.r.randrange(4)
        if k == 0:
            return f"(IF {self.expr(BOOL, d - 1)} THEN {self.expr(t, d - 1)} ELSE {self.expr(t, d - 1)})"
        if k == 1:
            arms = [f"{self.expr(BOOL, d - 1)} -> {self.expr(t, d - 1)}" for _ in range(self.r.randint(1, 3))]
            other = f" [] OTHER -> {self.expr(t, d - 1)}" if self.chance(0.95) else ""
            return "(CASE " + " [] ".join(arms) + other + ")"
        if k == 2:
            st = self.small_type(1)
            val = self.expr(st, d - 1)
            if self.chance(0.5):
                name = self.bound(st, self.fresh("d"))
                body = self.expr(t, d - 1)
                self.scope.pop()
                return f"(LET {name} == {val} IN {body})"
            # an operator with a parameter, applied once or twice
            op, p = self.fresh("op"), self.fresh("p")
            self.bound(st, p)
            obody = self.expr(t, d - 1)
            self.scope.pop()
            return f"(LET {op}({p}) == {obody} IN {op}({val}))" if self.chance(0.5) else \
                f"(LET {op}({p}) == {obody} IN IF {self.expr(BOOL, d - 1)} THEN {op}({val}) ELSE {op}({self.expr(st, d - 1)}))"
        s = self.expr(Set(t), d - 1)
        x = self.bound(t)
        p = self.expr(BOOL, d - 1) if self.chance(0.25) else "TRUE"
        self.scope.pop()
        return f"(CHOOSE {x} \\in {s} : {p})"

    # ---- per type --------------------------------------------------------------------
    def g_int(self, t, d):
        if d <= 0 or self.chance(0.2):
            n = self.r.choice([0, 1, 2, 3, 4, 5, -1, -2, -3, 7, 10, 100])
            return str(n) if n >= 0 else f"({n})"
        k = self.r.randrange(16)
        a = lambda: self.expr(INT, d - 1)
        if k == 0:
            return f"({a()} + {a()})"
        if k == 1:
            return f"({a()} - {a()})"
        if k == 2:
            return f"({a()} * {a()})"
        if k == 3:
            return f"({a()} \\div {self.pick('1', '2', '3', '(-2)', '(-3)', '5', a())})"
        if k == 4:
            return f"({a()} % {self.pick('1', '2', '3', '5', '4', '7', a())})"
        if k == 5:
            return f"({self.pick('2', '3', '(-2)', '0', '1')} ^ {self.pick('0', '1', '2', '3', '5')})"
        if k == 6:
            return f"(-{a()})"
        if k == 7:
            return f"Len({self.expr(Seq(self.small_type(0)), d - 1)})"
        if k == 8:
            return f"Cardinality({self.expr(Set(self.small_type(1)), d - 1)})"
        if k == 9:
            return self.apply_fn(INT, d)
        if k == 10:
            return self.apply_seq(INT, d)
        if k == 11:
            return self.field_of(INT, d)
        if k == 12:
            return self.tuple_component(INT, d)
        if k == 13:
            return f"Head({self.nonempty_seq(INT, d - 1)})"
        if k == 14:
            s = self.expr(Set(INT), d - 1)
            return f"(CHOOSE {self.fresh()} \\in {s} \\cup {{0}} : TRUE)" if self.chance(0.3) else \
                f"Cardinality({s})"
        return self.generic(t, d)

    def g_bool(self, t, d):
        if d <= 0 or self.chance(0.1):
            return self.pick("TRUE", "FALSE")
        k = self.r.randrange(16)
        b = lambda: self.expr(BOOL, d - 1)
        if k == 0:
            return f"({b()} {self.pick(*BOOL_OPS)} {b()})"
        if k == 1:
            return f"(~{b()})"
        if k in (2, 3):
            op = self.pick("<", "<=", ">", ">=", "=", "#")
            return f"({self.expr(INT, d - 1)} {op} {self.expr(INT, d - 1)})"
        if k in (4, 5):
            st = self.small_type(2)
            return f"({self.expr(st, d - 1)} {self.pick('=', '#')} {self.expr(st, d - 1)})"
        if k in (6, 7):
            st = self.small_type(1)
            return f"({self.expr(st, d - 1)} {self.pick(*IN_OPS)} {self.member_set(st, d - 1)})"
        if k == 8:
            st = self.small_type(1)
            return f"({self.expr(Set(st), d - 1)} {self.pick(*SUBSETEQ_OPS)} {self.expr(Set(st), d - 1)})"
        if k in (9, 10):
            st = self.small_type(1)
            s = self.expr(Set(st), d - 1)
            x = self.bound(st)
            body = b()
            self.scope.pop()
            return f"(\\{self.pick('A', 'E')} {x} \\in {s} : {body})"
        if k == 11:
            # a quantifier over two names or a tuple pattern
            s1, s2 = self.expr(Set(INT), d - 1), self.expr(Set(self.small_type(0)), d - 1)
            if self.chance(0.5):
                x = self.bound(INT)
                y = self.bound(INT)
                body = b()
                self.scope.pop(); self.scope.pop()
                return f"(\\{self.pick('A', 'E')} {x}, {y} \\in {s1} : {body})"
            x = self.bound(INT)
            y = self.bound(("any",))
            body = b()
            self.scope.pop(); self.scope.pop()
            return f"(\\{self.pick('A', 'E')} <<{x}, {y}>> \\in {s1} \\X {s2} : {body})"
        if k == 12:
            return self.apply_fn(BOOL, d)
        if k == 13:
            et = self.pick(INT, BOOL, STR)
            return f"({self.expr(Seq(et), d - 1)} \\in Seq({self.expr(Set(et), d - 1)}))"
        if k == 14:
            return self.field_of(BOOL, d)
        return self.generic(t, d)

    def g_str(self, t, d):
        if d <= 0 or self.chance(0.4):
            return f'"{self.r.choice(STRINGS)}"'
        k = self.r.randrange(5)
        if k == 0:
            return f'("{self.r.choice(LETTERS)}" \\o "{self.r.choice(LETTERS)}")'
        if k == 1:
            return self.apply_fn(STR, d)
        if k == 2:
            return self.field_of(STR, d)
        if k == 3:
            return self.apply_seq(STR, d)
        return self.generic(t, d)

    def g_mv(self, t, d):
        if d <= 0 or self.chance(0.6):
            return self.r.choice(MODEL_VALUES)
        return self.generic(t, d)

    def g_any(self, t, d):
        return self.expr(self.small_type(0), d)

    def g_set(self, t, d):
        et = t[1]
        if d <= 0:
            return self.enum_set(et, 0)
        k = self.r.randrange(14)
        s = lambda: self.expr(t, d - 1)
        if k in (0, 1):
            return self.enum_set(et, d - 1)
        if k == 2 and et == INT:
            lo = self.r.randint(-2, 3)
            return f"({lo}..{lo + self.r.randint(-1, 3)})" if self.chance(0.7) else \
                f"({self.expr(INT, d - 1)}..{self.expr(INT, d - 1)})"
        if k == 3:
            src = s()
            x = self.bound(et)
            p = self.expr(BOOL, d - 1)
            self.scope.pop()
            return f"{{{x} \\in {src} : {p}}}"
        if k == 4:
            st = self.small_type(1)
            src = self.expr(Set(st), d - 1)
            x = self.bound(st)
            e = self.expr(et, d - 1)
            self.scope.pop()
            return f"{{{e} : {x} \\in {src}}}"
        if k == 5:
            return f"({s()} {self.pick(*SET_OPS)} {s()})"
        if k == 6 and et[0] == "set":
            return f"(SUBSET {self.small_set(et[1], d - 1)})"
        if k == 7:
            return f"(UNION {self.expr(Set(t), d - 1)})"
        if k == 8 and et[0] == "tup" and len(et[1]) == 2:
            return f"({self.expr(Set(et[1][0]), d - 1)} \\X {self.expr(Set(et[1][1]), d - 1)})"
        if k == 9 and et[0] == "fn":
            return f"[{self.small_set(et[1], d - 1)} -> {self.small_set(et[2], d - 1)}]"
        if k == 10 and et[0] == "rec":
            fs = ", ".join(f"{f} : {self.small_set(ft, d - 1)}" for f, ft in et[1])
            return f"[{fs}]"
        if k == 11 and et == BOOL:
            return "BOOLEAN"
        if k == 12:
            return self.pick(f"(DOMAIN {self.expr(Fn(et, self.small_type(0)), d - 1)})",
                             f"{{{self.expr(et, d - 1)}}}")
        return self.generic(t, d) if self.chance(0.3) else self.enum_set(et, d - 1)

    def small_set(self, et, d):
        """A set of at most 3 elements (for SUBSET, [S -> T] and record sets)."""
        n = self.r.randint(0, 3) if self.chance(0.85) else self.r.randint(0, 2)
        if et == INT and self.chance(0.3):
            lo = self.r.randint(-1, 2)
            return f"{lo}..{lo + n - 1}"
        return "{" + ", ".join(self.expr(et, min(d, 1)) for _ in range(n)) + "}"

    def enum_set(self, et, d):
        n = self.r.choice([0, 1, 2, 2, 3, 3, 4])
        return "{" + ", ".join(self.expr(et, d) for _ in range(n)) + "}"

    def member_set(self, et, d):
        """A set to test membership in: often one of the lazy kinds."""
        k = self.r.randrange(6)
        if k == 0 and et == INT:
            return self.pick("Nat", "Int", f"({self.expr(INT, d)}..{self.expr(INT, d)})")
        if k == 1 and et == STR:
            return "STRING"
        if k == 2 and et[0] == "set":
            return f"(SUBSET {self.expr(Set(et[1]), d)})"
        if k == 3 and et[0] == "seq":
            return f"Seq({self.expr(Set(et[1]), d)})"
        if k == 4 and et[0] == "rec":
            return "[" + ", ".join(f"{f} : {self.expr(Set(ft), d)}" for f, ft in et[1]) + "]"
        return self.expr(Set(et), d)

    def g_seq(self, t, d):
        et = t[1]
        if d <= 0:
            return self.tuple_lit(et, 0)
        k = self.r.randrange(11)
        if k in (0, 1):
            return self.tuple_lit(et, d - 1)
        if k == 2:
            return f"Append({self.expr(t, d - 1)}, {self.expr(et, d - 1)})"
        if k == 3:
            return f"Tail({self.nonempty_seq(et, d - 1)})"
        if k == 4:
            return f"({self.expr(t, d - 1)} \\o {self.expr(t, d - 1)})"
        if k == 5:
            s = self.tuple_lit(et, d - 1, min_len=2)
            i = self.r.randint(1, 2)
            return f"SubSeq({s}, {i}, {i + self.r.randint(-1, 1)})"
        if k == 6:
            op, p = self.fresh("op"), self.fresh("p")
            self.bound(et, p)
            body = self.expr(BOOL, d - 1)
            self.scope.pop()
            return f"(LET {op}({p}) == {body} IN SelectSeq({self.expr(t, d - 1)}, {op}))"
        if k == 7:
            n = self.r.randint(0, 3)
            i = self.bound(INT)
            e = self.expr(et, d - 1)
            self.scope.pop()
            return f"[{i} \\in 1..{n} |-> {e}]"
        if k == 8:
            return f"[{self.nonempty_seq(et, d - 1)} EXCEPT ![1] = {self.expr(et, d - 1)}]"
        if k == 9 and et == INT:
            return f"<<{self.expr(INT, d - 1)}>>"
        return self.generic(t, d)

    def tuple_lit(self, et, d, min_len=0):
        n = self.r.randint(min_len, 3)
        return "<<" + ", ".join(self.expr(et, d) for _ in range(n)) + ">>"

    def nonempty_seq(self, et, d):
        return self.tuple_lit(et, d, min_len=1) if self.chance(0.7) else \
            f"Append({self.expr(Seq(et), d)}, {self.expr(et, d)})"

    def g_fn(self, t, d):
        dt, rt = t[1], t[2]
        k = self.r.randrange(6)
        if d <= 0 or k == 0:
            return f"({self.expr(dt, 0)} :> {self.expr(rt, 0)})"
        if k in (1, 2):
            s = self.expr(Set(dt), d - 1)
            x = self.bound(dt)
            e = self.expr(rt, d - 1)
            self.scope.pop()
            return f"[{x} \\in {s} |-> {e}]"
        if k == 3:
            return f"({self.expr(t, d - 1)} @@ {self.expr(t, d - 1)})"
        if k == 4:
            return f"[{self.expr(t, d - 1)} EXCEPT ![{self.expr(dt, d - 1)}] = {self.pick('@', self.expr(rt, d - 1))}]"
        return f"(CHOOSE {self.fresh()} \\in [{self.small_set(dt, d - 1)} -> {self.small_set(rt, d - 1)}] : TRUE)"

    def g_rec(self, t, d):
        fields = t[1]
        if d > 0 and self.chance(0.3):
            f, ft = self.r.choice(fields)
            return f"[{self.expr(t, d - 1)} EXCEPT !.{f} = {self.expr(ft, d - 1)}]"
        order = list(fields)
        if self.chance(0.5):
            self.r.shuffle(order)  # source order is not the printed order
        return "[" + ", ".join(f"{f} |-> {self.expr(ft, max(d - 1, 0))}" for f, ft in order) + "]"

    def g_tup(self, t, d):
        return "<<" + ", ".join(self.expr(et, max(d - 1, 0)) for et in t[1]) + ">>"

    # ---- accessors of a given result type --------------------------------------------
    def apply_fn(self, rt, d):
        dt = self.pick(INT, STR, MV)
        if self.chance(0.8):
            # domain value taken from the function's domain: well-formed
            f = self.expr(Fn(dt, rt), d - 1)
            g = self.fresh("g")
            return (f"(LET {g} == {f} IN IF DOMAIN {g} = {{}} THEN {self.expr(rt, d - 1)} "
                    f"ELSE {g}[CHOOSE {self.fresh()} \\in DOMAIN {g} : TRUE])")
        return f"{self.expr(Fn(dt, rt), d - 1)}[{self.expr(dt, d - 1)}]"

    def apply_seq(self, rt, d):
        s = self.tuple_lit(rt, d - 1, min_len=1)
        return f"{s}[{1 if self.chance(0.9) else self.expr(INT, d - 1)}]"

    def field_of(self, rt, d):
        others = self.small_type(0)
        f = self.r.choice(FIELDS)
        g = self.r.choice([x for x in FIELDS if x != f])
        fields = sorted([(f, rt), (g, others)]) if self.chance(0.5) else [(f, rt)]
        return f"{self.expr(Rec(fields), d - 1)}.{f}"

    def tuple_component(self, rt, d):
        other = self.small_type(0)
        ts = [rt, other] if self.chance(0.5) else [other, rt]
        i = 1 if ts[0] == rt else 2
        return f"{self.expr(Tup(ts), d - 1)}[{i}]"

    def printed_after_use(self, t, e, depth):
        """<<use of d, ToString(d)>> for d == e: TLC prints a record (or @@'s function) in
        the order it was built until an operation normalises it (comparison, DOMAIN of a
        function, membership, a set of two), so the use decides the printed order."""
        d = self.fresh("d")
        self.bound(t, d)
        k = self.r.randrange(6)
        if k == 0:
            use = f"({d} = {self.expr(t, depth - 1)})"
        elif k == 1:
            use = f"({d} \\in {self.member_set(t, depth - 1)})"
        elif k == 2 and t[0] in ("rec", "fn", "tup"):
            use = f"(DOMAIN {d})"
        elif k == 3:
            use = f"{{{d}, {self.expr(t, depth - 1)}}}"
        elif k == 4:
            use = f"{{{d}}}"
        else:
            use = f"<<{d}>>"
        self.scope.pop()
        return f"(LET {d} == {e} IN <<{use}, ToString({d})>>)"

    # ---- errors ---------------------------------------------------------------------
    def error(self, t, d):
        """An expression of (nominal) type t that TLC is expected to reject, or None."""
        wrong = self.pick(INT, STR, BOOL, Set(INT), Seq(INT), Rec([("a", INT)]), MV)
        d2 = max(d - 1, 0)
        if t == BOOL:
            k = self.r.randrange(4)
            if k == 0:
                return f"({self.expr(wrong, d2)} = {self.expr(self.small_type(1), d2)})"
            if k == 1:
                return f"({self.expr(wrong, d2)} \\in {self.expr(Set(self.small_type(1)), d2)})"
            if k == 2:
                return f"({self.expr(wrong, d2)} < {self.expr(INT, d2)})"
            return f"(IF {self.expr(wrong, d2)} THEN TRUE ELSE FALSE)"
        if t == INT:
            k = self.r.randrange(7)
            if k == 0:
                return f"({self.expr(INT, d2)} \\div 0)"
            if k == 1:
                return "Head(<<>>)"
            if k == 2:
                return f"(CHOOSE {self.fresh()} \\in {self.expr(Set(INT), d2)} : FALSE)"
            if k == 3:
                return f"({self.expr(Fn(INT, INT), d2)})[{self.r.randint(5, 9)}]"
            if k == 4:
                return self.pick("(2 ^ 31)", "(2147483647 + 1)", "(-2147483647 - 2)", "(65536 * 65536)",
                                 "(0 ^ 0)", "(2147483647 + 0)", "(-2147483647 - 1)", "(2 ^ (-1))")
            if k == 5:
                return f"({self.expr(wrong, d2)} + 1)"
            return f"(CASE {self.expr(BOOL, d2)} -> 1 [] FALSE -> 2)"
        if t[0] == "seq":
            return self.pick("Tail(<<>>)", f"Append({self.expr(wrong, d2)}, 1)",
                             f"SubSeq(<<1, 2>>, {self.r.randint(0, 4)}, {self.r.randint(2, 5)})")
        if t[0] == "set":
            return self.pick(f"(SUBSET {self.expr(wrong, d2)})", f"(UNION {{{self.expr(wrong, d2)}}})",
                             f"{{1, {self.expr(wrong, d2)}}}", f"({self.expr(wrong, d2)} \\cup {{}})")
        if t[0] == "rec":
            f, _ = t[1][0]
            return f"[{self.expr(wrong, d2)} EXCEPT !.{f} = 1]"
        return None


def generate(seed, count, error_rate=0.004, depth=4):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        g = Gen(rng, error_rate)
        t = g.small_type(2) if rng.random() < 0.8 else rng.choice([BOOL, INT])
        e = g.expr(t, rng.randint(1, depth))
        if rng.random() < 0.03:
            e = f"ToString({e})"
        elif t[0] in ("rec", "fn", "tup", "set") and rng.random() < 0.08:
            e = g.printed_after_use(t, e, depth)
        out.append({"id": f"s{seed}-{i}", "expr": e})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--error-rate", type=float, default=0.004)
    ap.add_argument("--depth", type=int, default=4)
    a = ap.parse_args()
    for o in generate(a.seed, a.count, a.error_rate, a.depth):
        print(json.dumps(o))


if __name__ == "__main__":
    main()
