"""Nuclear gradients of the VMC energy, PySCF style: `fn.Gradients().kernel()` -> (natm, 3) hartree/bohr.

For a wavefunction psi_R that depends on the nuclei R only through its inputs (parameters fixed), the
derivative of E(R) = <psi_R|H_R|psi_R> / <psi_R|psi_R> is

    dE/dR = < dE_L/dR > + 2 < (E_L - E) d log|psi|/dR >,

both derivatives by automatic differentiation with respect to the nuclear positions, the average over
|psi|^2. The first term contains the Hellmann-Feynman force and the nuclear repulsion (E_L includes it);
the second is the Pulay term written as a covariance, so its fluctuations vanish with those of E_L
(zero-bias form: no bias for the given wavefunction).

Variance near a nucleus. The Hellmann-Feynman part of dE_L/dR goes as 1/|r_i - R|^2. For FermiNet,
whose inputs and envelopes move with the nuclei, the derivative of the kinetic part carries the
opposite singularity: with the exact cusp (cusp='exact') the two cancel identically (E_L stays finite
at the nucleus), and dE_L/dR grows only as 1/r, with finite variance; a learned cusp leaves
(cusp - Z)/r^2. A wavefunction without cusps, such as a Gaussian-basis SCF determinant, has no such
cancellation; for it the zero-variance term of Assaraf and Caffarel (J. Chem. Phys. 119, 10536
(2003)) with Q_A = Z_A sum_i (r_i - R_A)/|r_i - R_A| removes the singularity:
(H Q psi)/psi - Q (H psi)/psi = -1/2 sum_i (lap_i Q + 2 grad_i Q . grad_i log|psi|) has zero mean and
its first part cancels the bare Hellmann-Feynman term. Added to a FermiNet estimate it would put the
1/r^2 back: measured on H2 (benchmarks/bench_forces.py: tiny network, 50 batches of 256 walkers),
the 1-sigma error of a force component was 0.058 hartree/bohr with it and 0.0045 without (0.080 and
0.0027 with a learned cusp),
so `FermiNet.Gradients` leaves it out and `make_force_estimator(charges=...)` adds it for
cusp-free wavefunctions. Per-component errors come from reblocking the per-batch estimates.

Precision. `Gradients` evaluates the estimator in float64 on walkers sampled at the run's precision
(`float64_batches`): dE_L/dR is a third derivative of log|psi|, and in float32 it loses its digits
at rare walkers, which then decide the error bar.

Effective core potentials. E_L then holds the ECP's local channels and its non-local channels, whose
angular rule sits on the sphere through the electron about the ECP nucleus, rotated at random per
walker. The derivative is taken at the walker's drawn rotation, the rule's points moving with their
nucleus; averaged over rotations the rule is the exact angular projector, so the estimator is that of
the ECP Hamiltonian, its derivative terms included. ccECP's local channels are finite at the nuclei,
so there is no 1/r^2 Hellmann-Feynman term at an ECP nucleus.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np
from pyscf import gto, lib
from pyscf.lib import logger

from pyscf_ferminet import observables


def zero_variance_term(x, atoms, charges, grad_log):
    """-1/2 sum_i (lap_i Q_A + 2 grad_i Q_A . grad_i log|psi|) for every atom A: (natm, 3), hartree/bohr.

    Args:
        x: (nelec * 3,) bohr; atoms: (natm, 3) bohr; charges: (natm,);
        grad_log: (nelec * 3,) gradient of log|psi| with respect to the electrons.
    """
    d = x.reshape(-1, 1, 3) - atoms[None]                                   # (nelec, natm, 3)
    dist = jnp.linalg.norm(d, axis=-1, keepdims=True)
    g = grad_log.reshape(-1, 1, 3)
    dg = jnp.sum(d * g, axis=-1, keepdims=True)
    # -1/2 lap Q = Z d / |d|^3;  grad Q . g = Z (g / |d| - d (d . g) / |d|^3).
    term = d / dist ** 3 - g / dist + d * dg / dist ** 3
    return charges[:, None] * jnp.sum(term, axis=0)


def make_force_estimator(log_psi: Callable, local_energy: Callable, charges=None):
    """Batch averages for the gradient estimator.

    Args:
        log_psi: (params, x (nelec * 3,), atoms (natm, 3)) -> (sign, log|psi|).
        local_energy: (params, x, atoms, key) -> E_L, hartree (differentiable in atoms). With an
            ECP, `key` draws the rotation of the angular rule; the derivative is taken at that fixed
            rotation, so the rule's points follow the nucleus they surround.
        charges: (natm,) nuclear charges: adds the zero-variance term (None: the plain estimator,
            the exact derivative of the reweighted sample energy). The term assumes a local
            potential (it commutes Q with the kinetic energy only): do not use it with an ECP.

    Returns:
        measure(params, x (nwalkers, nelec * 3), atoms, key) -> {'e': <E_L>, 'de': <dE_L/dR>,
            'dlog': <dlog|psi|/dR>, 'edlog': <E_L dlog|psi|/dR>}, gradients (natm, 3), hartree/bohr.
            key=None evaluates an ECP's rule unrotated (deterministic).
    """
    def one_walker(params, x, atoms, key):
        e, de = jax.value_and_grad(local_energy, argnums=2)(params, x, atoms, key)
        dlog = jax.grad(lambda a: log_psi(params, x, a)[1])(atoms)
        if charges is not None:
            grad_log = jax.grad(lambda y: log_psi(params, y, atoms)[1])(x)
            de = de + zero_variance_term(x, atoms, jnp.asarray(charges, x.dtype), grad_log)
        return e, de, dlog

    def measure(params, x, atoms, key):
        keys = None if key is None else jax.random.split(key, x.shape[0])
        e, de, dlog = jax.vmap(one_walker, (None, 0, None, 0))(params, x, atoms, keys)
        return {'e': jnp.mean(e), 'de': jnp.mean(de, axis=0), 'dlog': jnp.mean(dlog, axis=0),
                'edlog': jnp.mean(e[:, None, None] * dlog, axis=0)}

    return measure


def _as_float64(tree):
    return jax.tree_util.tree_map(
        lambda a: jnp.asarray(a, jnp.float64) if jnp.issubdtype(jnp.result_type(a), jnp.floating)
        else a, tree)


_ESTIMATORS: dict = {}     # jitted float64 estimators per (compiled model, tag)


def float64_batches(fn, make_measure: Callable, tag, stream: int) -> list:
    """As `observables.solver_batches`: `fn.prop_cycle` batch averages of measure(params, x, atoms,
    key), the walkers sampled at the run's precision, the measure evaluated in float64.

    dE_L/dR is a third derivative of log|psi|: in float32 it loses its digits at rare walkers (LiH
    with ccECP, small network after 2000 iterations: 688 hartree/bohr at one of 25,600 walkers in
    float32, where the derivative of its kinetic energy is 0.05 in float64), enough to decide the
    error bar. The rest of the process keeps its precision: `jax.enable_x64` is scoped to this call.
    """
    model, state = fn._model, fn.state
    walkers = observables.solver_batches(fn, lambda model: lambda params, x, atoms, key: x,
                                         'walkers', stream)
    keys = jax.random.split(jax.random.fold_in(jax.random.PRNGKey(fn.seed), 2000 + stream),
                            len(walkers))
    with jax.enable_x64(True):
        if (model, tag) not in _ESTIMATORS:
            _ESTIMATORS[model, tag] = jax.jit(make_measure(model))
        params, atoms = _as_float64(state['params']), _as_float64(state['atoms'])
        sharding = getattr(state['x'], 'sharding', None)
        measure = _ESTIMATORS[model, tag]
        out = [measure(params, jax.device_put(np.asarray(x, np.float64), sharding), atoms, k)
               for x, k in zip(walkers, keys)]
        return [jax.tree_util.tree_map(lambda a: np.asarray(a, np.float64), m)
                for m in jax.device_get(out)]


def gradient_from_batches(batches: list) -> tuple[np.ndarray, np.ndarray, float]:
    """(dE/dR (natm, 3), its 1-sigma error (natm, 3), the energy of these samples)."""
    e = float(np.mean([b['e'] for b in batches]))
    per_batch = np.stack([b['de'] + 2.0 * (b['edlog'] - e * b['dlog']) for b in batches])
    de, err = observables.mean_and_error(per_batch)
    return de, err, e


class Gradients(lib.StreamObject):
    """Nuclear gradients of a FermiNet solver (after its kernel()).

    Attributes:
        base : the FermiNet solver (or its scanner).
        atmlst : atoms to report (None: all), as in pyscf.grad.
        unit : 'au' (hartree/bohr).
        precision : 'float64' (default): the estimator is evaluated in float64 on walkers sampled at
            the run's precision; 'model': at the run's precision (see `float64_batches`).

    Results (after kernel):
        de : (natm, 3) dE/dR, hartree/bohr, nuclear repulsion included (forces are -de).
        de_err : (natm, 3) 1-sigma errors (reblocked over `base.prop_cycle` batches).
    """

    _keys = {'mol', 'base', 'unit', 'atmlst', 'precision', 'de', 'de_err', 'stdout', 'verbose',
             'max_memory'}

    def __init__(self, method):
        self.verbose = method.verbose
        self.stdout = method.stdout
        self.mol = method.mol
        self.base = method
        self.max_memory = self.mol.max_memory
        self.unit = 'au'
        self.atmlst = None
        self.precision = 'float64'
        self.de = self.de_err = None

    def dump_flags(self, verbose=None):
        log = logger.new_logger(self, verbose)
        log.info('')
        if not getattr(self.base, 'converged', True):
            log.warn('Ground state %s not converged', self.base.__class__.__name__)
        log.info('******** %s for %s ********', self.__class__, self.base.__class__)
        log.info('unit = Eh/Bohr; %d batches of %d walkers; estimator in %s', self.base.prop_cycle,
                 self.base.nwalkers, self.precision)
        return self

    def kernel(self, atmlst=None):
        """dE/dR (natm, 3) hartree/bohr of the base solver's wavefunction at its geometry."""
        fn = self.base
        if self.precision not in ('float64', 'model'):
            raise ValueError(f"Gradients.precision = {self.precision!r}: choose 'float64' (the "
                             "estimator in double precision) or 'model' (the run's precision).")
        observables.check_ready(fn)
        if len(fn.system.atoms) != fn.mol.natm:
            raise NotImplementedError(
                'Nuclear gradients with ghost atoms are not implemented: the ghost basis functions '
                'do not move with the nuclei here. Remove the ghost atoms for forces.')
        if atmlst is not None:
            self.atmlst = atmlst
        self.mol = fn.mol
        self.dump_flags()
        t0 = (logger.process_clock(), logger.perf_counter())
        # No Assaraf-Caffarel term: FermiNet's cusps move with the nuclei (see the module docstring).
        sample = float64_batches if self.precision == 'float64' and fn.precision != 'float64' \
            else observables.solver_batches
        batches = sample(fn, lambda model: make_force_estimator(model.ansatz.log_psi, model.local_energy),
                         'gradients', stream=3)
        de, err, _ = gradient_from_batches(batches)
        fn._grad, fn._grad_err = de, err
        if self.atmlst is not None:
            de, err = de[self.atmlst], err[self.atmlst]
        self.de, self.de_err = de, err
        logger.timer(self, 'FermiNet gradients', *t0)
        self._finalize()
        return self.de

    grad = kernel

    def grad_nuc(self, mol=None, atmlst=None):
        """Nuclear repulsion part of dE/dR (already included in `de`)."""
        from pyscf.grad import rhf
        return rhf.grad_nuc(mol or self.mol, atmlst)

    def _finalize(self):
        if self.verbose >= logger.NOTE:
            from pyscf.grad import rhf
            logger.note(self, '--------------- %s gradients ---------------',
                        self.base.__class__.__name__)
            rhf._write(self, self.mol, self.de, self.atmlst)
            logger.note(self, '----- 1-sigma errors -----')
            rhf._write(self, self.mol, self.de_err, self.atmlst)
            logger.note(self, '----------------------------------------------')

    def reset(self, mol=None):
        if mol is not None:
            self.mol = mol
        self.base.reset(mol)
        return self

    @property
    def converged(self):
        return getattr(self.base, 'converged', True)

    def as_scanner(self):
        """(e_tot, dE/dR) at each new geometry, warm-started (see `scanner.FermiNetScanner`)."""
        if isinstance(self, lib.GradScanner):
            return self
        logger.info(self, 'Create scanner for %s', self.__class__)
        name = self.__class__.__name__ + FermiNetGradScanner.__name_mixin__
        return lib.set_class(FermiNetGradScanner(self), (FermiNetGradScanner, self.__class__), name)


class FermiNetGradScanner(lib.GradScanner):
    """Called with a `Mole` or a geometry: reruns the (warm-started) FermiNet scanner there and returns
    (e_tot, dE/dR), as pyscf.grad scanners do (`pyscf.geomopt` drives it)."""

    def __init__(self, g):
        lib.GradScanner.__init__(self, g)      # self.base = g.base.as_scanner()

    def __call__(self, mol_or_geom, **kwargs):
        if isinstance(mol_or_geom, gto.MoleBase):
            mol = mol_or_geom
        else:
            mol = self.mol.set_geom_(mol_or_geom, inplace=False)
        e_tot = self.base(mol)
        self.mol = self.base.mol
        de = self.kernel(**kwargs)
        return e_tot, de
