#!/usr/bin/env python
"""The three lowest states of the helium atom by natural excited states VMC: FermiNet(mf, nstates=3).

State 0 is pretrained to the RHF determinant, states 1 and 2 to the alpha and beta 1s -> 2s single
excitations, which together span the 2^1S singlet and the M_s = 0 component of the 2^3S triplet.
`analyze()` prints each state's energy, excitation energy in eV with its error, <S^2> (0 for the
singlets, 2 for the triplet) and the oscillator strength from the ground state (zero here: S -> S
transitions are dipole-forbidden). Exact: -2.903724, -2.175229 (2^3S, 19.8234 eV), -2.145974 Eh
(2^1S, 20.6194 eV).
"""

import os

cores = len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count() or 1
devices = 1 << (min(cores, 8).bit_length() - 1)      # a power of two, so that 256 walkers split evenly
SHORT = bool(os.environ.get('PYSCF_FERMINET_EXAMPLE_SHORT'))    # the test suite: a few iterations
os.environ.setdefault('XLA_FLAGS', f'--xla_force_host_platform_device_count={devices}')

from pyscf import gto, scf  # noqa: E402  (after XLA_FLAGS)

from pyscf_ferminet import FermiNet  # noqa: E402

mol = gto.M(atom='He 0 0 0', basis='aug-cc-pvdz')     # diffuse functions: the 2s target orbital
mf = scf.RHF(mol).run()

settings = dict(network='small', nwalkers=256, max_cycle=2000, eval_cycle=500)
if SHORT:
    settings = dict(network='tiny', nwalkers=64, pretrain_cycle=100, max_cycle=20, eval_cycle=20)
fn = FermiNet(mf, nstates=3, **settings)
fn.kernel()
fn.analyze()
print('E_tot (Eh):', fn.e_tot)
print('excitation energies (eV):', fn.e_exc[1:] * 27.211386, '+-', fn.e_exc_err[1:] * 27.211386)
