#!/usr/bin/env python
"""
Relax H2 with an ASE optimiser and FermiNet forces; the known bond length is 0.7414 Angstrom.

VMC forces are noisy. The optimiser copes when its force threshold `fmax` sits above the noise
(calc.results['forces_error'], eV/Angstrom, printed each step): FIRE takes damped steps that average
the noise over iterations; BFGS's Hessian update can be misled by noise, so it is given a small
`maxstep`. More walkers (nwalkers) or batches (prop_cycle) lower the noise, at the cost of time.
Each step warm-starts from the last geometry (scan_cycle iterations).

Output (2 cores, shared with other jobs: 546 s, of which 98 s of CPU; the last lines):
    FIRE:   14 21:43:53      -31.945194        0.064760
    R = 0.7373 A  force error 0.359 eV/A
    Relaxed bond length 0.7373 A (experiment 0.7414 A; deviation -0.0041 A)
FIRE stops after 14 steps, when the largest force (0.065 eV/A) is below fmax; the 1-sigma force
errors of the tiny network are 0.3-0.4 eV/A throughout.
"""

import os

import numpy as np
from ase import Atoms
from ase.optimize import FIRE

from pyscf_ferminet.ase import FermiNetCalculator

SHORT = bool(os.environ.get('PYSCF_FERMINET_EXAMPLE_SHORT'))    # the test suite: a few iterations
settings = dict(nwalkers=256, max_cycle=400, scan_cycle=100, eval_cycle=50, prop_cycle=50)
steps = 30
if SHORT:
    settings, steps = dict(nwalkers=64, max_cycle=40, scan_cycle=10, eval_cycle=10, prop_cycle=10), 3
calc = FermiNetCalculator(basis='cc-pvdz', network='tiny', pretrain_cycle=100, verbose=3, **settings)
atoms = Atoms('H2', positions=[[0, 0, 0], [0, 0, 0.80]])
atoms.calc = calc

opt = FIRE(atoms, maxstep=0.05)
opt.attach(lambda: print(f"R = {atoms.get_distance(0, 1):.4f} A  "
                         f"force error {np.max(atoms.info.get('forces_error', [np.nan])):.3f} eV/A"))
opt.run(fmax=0.1, steps=steps)
r = atoms.get_distance(0, 1)
print(f'Relaxed bond length {r:.4f} A (experiment 0.7414 A; deviation {r - 0.7414:+.4f} A)')
