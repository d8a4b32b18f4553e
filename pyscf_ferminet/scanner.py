"""`fn.as_scanner()`: FermiNet energies along a sequence of geometries, each warm-started from the last.

At a new geometry the SCF is rerun through its own scanner (its orbitals give the AO basis of the
properties), the network parameters are kept, each walker electron is moved with its nearest nucleus,
and `scan_cycle` optimisation iterations follow (no pretraining). The first call, when the solver has
not been run, is an ordinary kernel().
"""

from __future__ import annotations

import numpy as np
from pyscf import gto, lib
from pyscf.lib import logger

from pyscf_ferminet.basis import real_atoms
from pyscf_ferminet.system import nuclear_positions


def shift_walkers(x: np.ndarray, old_atoms: np.ndarray, new_atoms: np.ndarray) -> np.ndarray:
    """Moves every electron by the displacement of its nearest nucleus.

    Args:
        x: (nwalkers, nelec * 3) walkers, bohr.
        old_atoms, new_atoms: (natm, 3) nuclear positions, bohr.

    Returns:
        (nwalkers, nelec * 3) shifted walkers.
    """
    x = np.asarray(x, np.float64)
    r = x.reshape(x.shape[0], -1, 3)
    dist = np.linalg.norm(r[:, :, None, :] - old_atoms[None, None], axis=-1)   # (nw, nelec, natm)
    nearest = np.argmin(dist, axis=-1)
    return (r + (new_atoms - old_atoms)[nearest]).reshape(x.shape)


def as_scanner(fn):
    """A `FermiNetScanner` on top of the solver `fn` (which keeps its own settings and results)."""
    if isinstance(fn, lib.SinglePointScanner):
        return fn
    fn.build()
    logger.info(fn, 'Set %s as a scanner', fn.__class__)
    name = fn.__class__.__name__ + FermiNetScanner.__name_mixin__
    return lib.set_class(FermiNetScanner(fn), (FermiNetScanner, fn.__class__), name)


class FermiNetScanner(lib.SinglePointScanner):
    """scanner(mol_or_geom) -> e_tot (hartree; (k,) with nstates = k: excited-state curves);
    sets e_tot, e_err, converged, as the solver's kernel.

    Attributes (besides the solver's):
        scan_cycle : int
            Optimisation iterations at every warm-started geometry.
        scan_log : list of dicts {'atoms' (bohr), 'e_tot', 'e_err', 'iterations', 'warm'} per call.
    """

    _keys = {'scan_log'}

    def __init__(self, fn):
        self.__dict__.update(fn.__dict__)
        if fn.mc is not None:        # a CAS start: the CAS (and its SCF) follow the geometry
            self.mc = fn.mc.as_scanner()
            self.mf = self.mc._scf
        else:
            self.mf = fn.mf.as_scanner()
        self.scan_log = []

    def warm_start_for(self, mol):
        """{'params', 'x', 'width'} from the last geometry, or None when there is none to use."""
        system, state = self.system, self.state
        if state is None or system is None:
            return None
        charges = mol.atom_charges()[real_atoms(mol)]          # ghost atoms are no nuclei
        same = (len(charges) == len(system.charges) and tuple(mol.nelec) == tuple(system.nspins) and
                np.allclose(charges, system.charges))
        if not same or np.asarray(state['x']).shape[0] != self.nwalkers:
            logger.warn(self, 'The new molecule differs from the last one (atoms, electrons or '
                        'nwalkers): cold start.')
            return None
        x = shift_walkers(np.asarray(state['x']), system.atoms, nuclear_positions(mol))
        return {'params': state['params'], 'x': x, 'width': float(state['width'])}

    def __call__(self, mol_or_geom, **kwargs):
        if isinstance(mol_or_geom, gto.MoleBase):
            mol = mol_or_geom
        else:
            mol = self.mol.set_geom_(mol_or_geom, inplace=False)
        for key, value in kwargs.items():
            setattr(self, key, value)
        warm = self.warm_start_for(mol)
        if warm is None and self.mc is not None:
            self.mc(mol)                           # SCF and CAS: the pretraining targets of a cold start
        else:
            self.mf(mol)                           # SCF at the new geometry, from the last density
        self.mol = mol
        self.reset()                               # System rebuilt from the new SCF
        self._rdm1 = self._rdm1_err = self._grad = self._grad_err = None
        if warm is None:
            self.warm_start = None
            self.kernel()
            iterations = self.max_cycle
        else:
            # The state file belongs to the first geometry: no restart from it here.
            with lib.temporary_env(self, warm_start=warm, max_cycle=int(self.scan_cycle),
                                   chkfile=None):
                self.kernel()
            iterations = int(self.scan_cycle)
            if self.chkfile:
                self.dump_chk()
        self.scan_log.append({'atoms': np.asarray(self.system.atoms), 'e_tot': self.e_tot,
                              'e_err': self.e_err, 'iterations': iterations, 'warm': warm is not None})
        return self.e_tot
