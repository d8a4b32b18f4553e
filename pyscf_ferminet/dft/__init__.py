"""DeepMind's DM21-family exchange-correlation functionals (DM21, DM21m, DM21mc, DM21mu) in JAX,
for PySCF 2.x Kohn-Sham calculations, without TensorFlow.

    from pyscf import gto, dft
    from pyscf_ferminet import dft as nndft
    mol = gto.M(atom='Ne 0 0 0', basis='sto-3g')
    mf = dft.RKS(mol); mf._numint = nndft.NeuralNumInt(nndft.Functional.DM21); mf.kernel()
    mf = nndft.RKS(mol, functional='DM21m').run()     # B3LYP start; also nndft.UKS, nndft.ROKS
    exc = nndft.xc_energy(mol, dm, 'DM21')            # any RKS (nao, nao) or UKS (2, nao, nao) dm

Modules: ``checkpoint`` (TensorFlow-free reader of the published parameters), ``network`` (the
network in JAX), ``local_exchange`` (local Hartree-Fock exchange features), ``xc`` (energy and Fock
matrices on a grid), ``numint`` (the PySCF face). Reference: Kirkpatrick et al., Science 374, 1385
(2021); parameters by DeepMind under CC BY 4.0.
"""

from pyscf_ferminet.dft.checkpoint import CheckpointNotFoundError
from pyscf_ferminet.dft.network import Functional
from pyscf_ferminet.dft.numint import NeuralNumInt, RKS, ROKS, UKS, xc_energy

__all__ = ['CheckpointNotFoundError', 'Functional', 'NeuralNumInt', 'RKS', 'ROKS', 'UKS',
           'xc_energy']
