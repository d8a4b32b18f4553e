#!/usr/bin/env python
"""DM21 in PySCF: an SCF of water and its atomisation energy, evaluated in JAX (no TensorFlow).

The DM21 parameters (DeepMind, CC BY 4.0) are downloaded once, with their hashes checked, by
`python -m pyscf_ferminet.dft.fetch` (needs the [dm21] extra to be read:
pip install 'pyscf_ferminet[dm21]'); $PYSCF_FERMINET_DM21_PATH points elsewhere if wanted. The convenience classes start from a converged B3LYP density, as the
DM21 release recommends; `mf._numint = nndft.NeuralNumInt(...)` on any PySCF KS object works too.
The network runs in float32 by default (as in the release; the golden energies are reproduced
within 2e-5 Eh either way); pass dtype='float64' for a double-precision network, about 3x slower.
"""

import os

from pyscf import dft, gto

from pyscf_ferminet import dft as nndft

SHORT = bool(os.environ.get('PYSCF_FERMINET_EXAMPLE_SHORT'))    # the test suite: a minimal basis
basis = 'sto-3g' if SHORT else '6-31g'
water = gto.M(atom='O 0 0 0.1173; H 0 0.7572 -0.4692; H 0 -0.7572 -0.4692', basis=basis)
mf = nndft.RKS(water, functional='DM21').run()
print(f'E(H2O, DM21/{basis}) = {mf.e_tot:.6f} Eh')

# The same, as a drop-in NumInt on PySCF's own class
mf2 = dft.RKS(water)
mf2._numint = nndft.NeuralNumInt(nndft.Functional.DM21)
mf2.kernel(dm0=mf.make_rdm1())
print(f'E(H2O) with dft.RKS + NeuralNumInt = {mf2.e_tot:.6f} Eh')

# Atoms: open shells, spin-unrestricted
e_o = nndft.UKS(gto.M(atom='O 0 0 0', basis=basis, spin=2), functional='DM21').run().e_tot
e_h = nndft.UKS(gto.M(atom='H 0 0 0', basis=basis, spin=1), functional='DM21').run().e_tot
d_e = e_o + 2 * e_h - mf.e_tot
print(f'atomisation energy D_e(H2O, DM21/{basis}) = {d_e:.6f} Eh = {d_e * 627.509:.1f} kcal/mol'
      f' (experiment ~232 kcal/mol; {basis} is far from the basis-set limit)')

# E_xc of any density matrix, e.g. one from FermiNet (fn.make_rdm1())
print(f'E_xc[DM21, RKS density] = {nndft.xc_energy(water, mf.make_rdm1(), "DM21"):.6f} Eh')
