#!/usr/bin/env python3
"""OR-Library-style p-median instances (Beasley 1985's file format and edge density m = n*n/50), written with the
mixed-integer program of each on its all-pairs shortest paths (CPLEX LP format) for an outside exact solver:
    python3 releng/orlib/generate.py && cbc g200_20.lp solve solu g200_20.sol
The optima of the four instances are in bundles/org.nafitha.locate.tests/src/org/nafitha/locate/tests/orlib/README.md."""
import random, sys
def gen(n, p, seed, path):
    rnd = random.Random(seed)
    m = n*n//50
    edges = {}
    perm = list(range(1, n+1)); rnd.shuffle(perm)
    for k in range(1, n):
        a = perm[k]; b = perm[rnd.randrange(k)]
        edges[(min(a,b), max(a,b))] = rnd.randint(1, 100)
    while len(edges) < m:
        a, b = rnd.randint(1, n), rnd.randint(1, n)
        if a != b and (min(a,b), max(a,b)) not in edges:
            edges[(min(a,b), max(a,b))] = rnd.randint(1, 100)
    with open(path, 'w') as f:
        f.write(f"{n} {m} {p}\n")
        for (a,b),c in edges.items():
            f.write(f"{a} {b} {c}\n")
    # floyd
    INF = 10**9
    d = [[INF]*(n+1) for _ in range(n+1)]
    for i in range(1, n+1): d[i][i] = 0
    for (a,b),c in edges.items():
        d[a][b] = d[b][a] = c
    for k in range(1, n+1):
        dk = d[k]
        for i in range(1, n+1):
            dik = d[i][k]
            if dik == INF: continue
            di = d[i]
            for j in range(1, n+1):
                v = dik + dk[j]
                if v < di[j]: di[j] = v
    with open(path.replace('.txt', '.lp'), 'w') as f:
        f.write("Minimize\n obj: ")
        f.write(" + ".join(f"{d[i][j]} x{i}_{j}" for i in range(1,n+1) for j in range(1,n+1) if d[i][j] > 0))
        f.write("\nSubject To\n")
        for i in range(1, n+1):
            f.write(f" a{i}: " + " + ".join(f"x{i}_{j}" for j in range(1,n+1)) + " = 1\n")
        for i in range(1, n+1):
            for j in range(1, n+1):
                f.write(f" l{i}_{j}: x{i}_{j} - y{j} <= 0\n")
        f.write(" p: " + " + ".join(f"y{j}" for j in range(1,n+1)) + f" = {p}\n")
        f.write("Bounds\n")
        for i in range(1,n+1):
            for j in range(1,n+1):
                f.write(f" 0 <= x{i}_{j} <= 1\n")
        f.write("Binary\n " + " ".join(f"y{j}" for j in range(1,n+1)) + "\nEnd\n")
for n, p, seed in [(150, 10, 1), (200, 20, 2), (200, 67, 3), (250, 5, 4)]:
    gen(n, p, seed, f"g{n}_{p}.txt")
