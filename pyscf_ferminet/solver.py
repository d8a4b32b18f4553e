"""`FermiNet`: the PySCF face of neural-network VMC. Settings and results live here; the math lives in
the modules below (wavefunction, hamiltonian, mcmc, optimize, pretrain, vmc), which see only arrays.
"""

from __future__ import annotations

import sys

import numpy as np
from pyscf import gto, lib
from pyscf.lib import logger

from pyscf_ferminet import system as system_mod
from pyscf_ferminet.settings import (DEFAULT_LR, NETWORK_PRESETS, AnsatzSettings, OptimSettings,
                                     PretrainSettings, SamplerSettings)


class FermiNet(lib.StreamObject):
    """Ground-state FermiNet variational Monte Carlo.

    `FermiNet(mf)` takes an RHF/ROHF/UHF object (or RKS/ROKS/UKS: their orbitals are used, with a note
    in the log), a `gto.Mole` (an RHF, or UHF for open shells, is run here), or an `ase.Atoms` with
    `charge`, `spin` and `basis` keywords. Units: bohr and hartree.

    Attributes:
        max_cycle : int
            Optimisation iterations (default 2000). A restart counts the iterations already done.
        eval_cycle : int
            Iterations with frozen parameters after the optimisation; e_tot and e_err come from them
            (default 200).
        pretrain_cycle : int
            Steps fitting the network orbitals to the SCF orbitals (default 200; 0 skips).
        nwalkers : int
            MCMC walkers, split evenly over all devices (default 256).
        network : str
            'default' ((256, 32) x 4 layers, 16 determinants, the published size), 'small'
            ((64, 16) x 3, 8 determinants: the laptop setting) or 'tiny' (tests).
        hidden_dims, determinants : override the preset's layer widths / determinant count (None: preset).
        full_det : bool
            One determinant over all electrons (default) or spin-block determinants.
        envelope : str
            'isotropic' (default) or 'full' (anisotropic).
        cusp : str
            'exact' (default): inputs and envelopes are smooth where particles meet, and explicit
            factors give the electron-nucleus (and, with jastrow='ee', electron-electron) cusps
            exactly, which removes the rare huge local energies near nuclei. 'learned': the
            reference FermiNet, whose |r| inputs and exponential envelopes learn the cusps.
        jastrow : str
            'ee' (electron-electron cusp factor, default) or 'none'.
        scf_envelopes : bool
            Initialise envelopes from the SCF orbitals (default True).
        optimizer : str
            'spring' (default), 'minsr', 'adam' or 'kfac'.
        lr : float or None
            Learning rate at t = 0; None takes the optimiser's default (settings.DEFAULT_LR:
            0.05 for spring/minsr/kfac, 1e-3 for adam).
        lr_delay, clip_width, damping, momentum, max_norm : optimiser settings (see OptimSettings).
        mcmc_steps : int
            Metropolis steps per iteration (default 10).
        mcmc_moves : str
            'scaled' (default: each electron's move width is proportional to its distance to the
            nearest nucleus) or 'uniform' (one width for all electrons).
        mcmc_width, target_acceptance, burn_in : sampler settings (see SamplerSettings).
        pretrain_lr, pretrain_scf_fraction : pretraining settings (see PretrainSettings).
        laplacian : str
            'folx' (forward Laplacian, default) or 'hessian' (trace of the Hessian).
        ecp_quadrature : int
            With an ECP (`mol.ecp`, used as PySCF builds it): points of the angular rule of its
            non-local channels, randomly rotated per electron and step: 12 (icosahedron, exact to
            degree 5, default) or a Lebedev grid size (6, 14, 26, 38, 50, ...). Each point costs one
            wavefunction evaluation per valence electron and ECP atom.
        precision : str
            'float32' (default) or 'float64' (turns on JAX's 64-bit mode for the process).
        seed : int
            Seeds everything: the same seed gives the same energies.
        chkfile : str or None
            Results are written to it as a PySCF chkfile (key 'ferminet'); the training state goes to
            `chkfile + '.state'` every `chk_interval` seconds and at the end, and `kernel()` resumes
            from it when it exists. The state records the ansatz (widths, determinants, determinant
            form, envelope, Jastrow, cusp form), the walker count, precision and optimiser; resuming
            with any of them changed raises a ValueError that names the setting.
        chk_interval : float
            Seconds between state checkpoints (default 300).
        log_every : int
            Iterations between progress lines (default 20).
        conv_tol : float
            See `converged`.
        scan_cycle : int
            Optimisation iterations at each warm-started geometry of `as_scanner()` (default 200).
        prop_cycle : int
            Batches of walkers (`mcmc_steps` apart, parameters frozen) for the Monte Carlo properties:
            make_rdm1, dip_moment, spin_square, Gradients (default 50).
        rdm1_aux : int
            Auxiliary points per walker in the density-matrix estimator (default 8).

    Results (after kernel):
        e_tot, e_err : energy and its 1-sigma error, hartree, from the evaluation phase: reblocked
            over iterations, or with eval_cycle < 4 the spread over walkers (a warning says so).
        e_corr : e_tot minus the SCF energy.
        converged : True when every energy was finite and the optimisation had levelled off: the mean
            training energy of the last 10% of iterations differs from that of the 10% before by less
            than max(conv_tol, 3 sigma of that difference).
        e_hist : record array per optimisation iteration: energy, variance, acceptance, width.
        e_eval : record array per evaluation iteration.
    """

    # Settings a caller may pass as keywords; _keys adds the inputs and results PySCF should know.
    _settings = frozenset({
        'max_cycle', 'eval_cycle', 'pretrain_cycle', 'nwalkers', 'network', 'hidden_dims',
        'determinants', 'full_det', 'envelope', 'jastrow', 'cusp', 'scf_envelopes', 'optimizer', 'lr',
        'lr_delay', 'clip_width', 'damping', 'momentum', 'max_norm', 'mcmc_steps', 'mcmc_width',
        'mcmc_moves', 'target_acceptance', 'burn_in', 'pretrain_lr', 'pretrain_scf_fraction',
        'laplacian', 'ecp_quadrature', 'precision', 'seed', 'chkfile', 'chk_interval', 'log_every',
        'conv_tol', 'verbose', 'scan_cycle', 'prop_cycle', 'rdm1_aux',
    })
    _keys = set(_settings) | {
        'mol', 'mf', 'system', 'stdout', 'max_memory', 'e_tot', 'e_err', 'e_corr', 'converged',
        'e_hist', 'e_eval', 'pretrain_loss', 'state', 'timings', 'warm_start',
    }

    def __init__(self, obj, charge=0, spin=0, basis='cc-pvdz', **settings):
        is_atoms = hasattr(obj, 'get_positions') and hasattr(obj, 'get_chemical_symbols')
        if not is_atoms and (hasattr(obj, 'lattice_vectors') or hasattr(obj, 'cell')):
            raise NotImplementedError(
                f'{type(obj).__name__} is periodic; FermiNet treats finite molecules only. '
                'Build a gto.Mole (pyscf.gto.M) for a molecule or cluster.')
        if isinstance(obj, gto.Mole):
            mol, mf = obj, None
        elif is_atoms:
            mol, mf = system_mod.mol_from_atoms(obj, charge=charge, spin=spin, basis=basis), None
        elif hasattr(obj, 'mol') and hasattr(obj, 'mo_coeff'):
            system_mod.scf_kind(obj)              # fails early on GHF, DHF, periodic objects
            mol, mf = obj.mol, obj
        else:
            raise TypeError(f'FermiNet takes a PySCF SCF object, a gto.Mole or an ase.Atoms; got '
                            f'{type(obj).__name__}.')
        system_mod.check_mol(mol)
        self.mol = mol
        self.mf = mf
        self.stdout = mol.stdout
        self.verbose = mol.verbose
        self.max_memory = mol.max_memory

        self.max_cycle = 2000
        self.eval_cycle = 200
        self.pretrain_cycle = 200
        self.nwalkers = 256
        self.network = 'default'
        self.hidden_dims = None
        self.determinants = None
        self.full_det = True
        self.envelope = 'isotropic'
        self.jastrow = 'ee'
        self.cusp = 'exact'
        self.scf_envelopes = True
        self.optimizer = 'spring'
        o = OptimSettings()
        self.lr, self.lr_delay, self.clip_width = None, o.lr_delay, o.clip_width
        self.damping, self.momentum, self.max_norm = o.damping, o.momentum, o.max_norm
        s = SamplerSettings()
        self.mcmc_steps, self.mcmc_width, self.mcmc_moves = s.steps, s.init_width, s.moves
        self.target_acceptance, self.burn_in = s.target_acceptance, s.burn_in
        p = PretrainSettings()
        self.pretrain_lr, self.pretrain_scf_fraction = p.lr, p.scf_fraction
        self.laplacian = 'folx'
        self.ecp_quadrature = 12
        self.precision = 'float32'
        self.seed = 0
        self.chkfile = None
        self.chk_interval = 300.0
        self.log_every = 20
        self.conv_tol = 1e-3
        self.scan_cycle = 200
        self.prop_cycle = 50
        self.rdm1_aux = 8

        self.system = None
        self.e_tot = self.e_err = self.e_corr = None
        self.converged = False
        self.e_hist = self.e_eval = self.pretrain_loss = None
        self.state = None
        self.timings = {}
        self.warm_start = None     # {'params', 'x', 'width'}: start from these instead of pretraining
        for key, value in settings.items():
            if key not in self._settings:
                raise TypeError(f'FermiNet got an unknown setting {key!r}; known settings: '
                                f'{sorted(self._settings)}.')
            setattr(self, key, value)

    # ---- settings --------------------------------------------------------------------------------
    def ansatz_settings(self) -> AnsatzSettings:
        if self.network not in NETWORK_PRESETS:
            raise ValueError(f'network = {self.network!r}: choose one of {sorted(NETWORK_PRESETS)} '
                             '(or set hidden_dims and determinants).')
        preset = NETWORK_PRESETS[self.network]
        return AnsatzSettings(
            hidden_dims=preset['hidden_dims'] if self.hidden_dims is None else self.hidden_dims,
            determinants=preset['determinants'] if self.determinants is None else self.determinants,
            full_det=bool(self.full_det), envelope=self.envelope, jastrow=self.jastrow,
            cusp=self.cusp,
            scf_envelopes=bool(self.scf_envelopes))

    def optim_settings(self) -> OptimSettings:
        lr = DEFAULT_LR.get(self.optimizer, 0.0) if self.lr is None else self.lr
        return OptimSettings(name=self.optimizer, lr=lr, lr_delay=self.lr_delay,
                             clip_width=self.clip_width, damping=self.damping, momentum=self.momentum,
                             max_norm=self.max_norm)

    def sampler_settings(self) -> SamplerSettings:
        return SamplerSettings(steps=self.mcmc_steps, init_width=self.mcmc_width, moves=self.mcmc_moves,
                               target_acceptance=self.target_acceptance, burn_in=self.burn_in)

    def pretrain_settings(self) -> PretrainSettings:
        return PretrainSettings(steps=self.pretrain_cycle, lr=self.pretrain_lr,
                                scf_fraction=self.pretrain_scf_fraction)

    def check_sanity(self):
        for name in ('max_cycle', 'eval_cycle', 'nwalkers'):
            value = getattr(self, name)
            if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
                raise ValueError(f'{name} = {value!r} must be a positive integer.')
        if self.precision not in ('float32', 'float64'):
            raise ValueError(f"precision = {self.precision!r}: choose 'float32' or 'float64'.")
        if self.laplacian not in ('folx', 'hessian'):
            raise ValueError(f"laplacian = {self.laplacian!r}: choose 'folx' or 'hessian'.")
        if self.mol.has_ecp():
            from pyscf_ferminet.ecp import angular_rule
            angular_rule(self.ecp_quadrature)                   # raises naming the choices
        self.ansatz_settings(), self.optim_settings(), self.sampler_settings(), self.pretrain_settings()
        return self

    def dump_flags(self, verbose=None):
        log = logger.new_logger(self, verbose)
        a = self.ansatz_settings()
        log.info('')
        log.info('******** %s ********', self.__class__)
        log.info('molecule: %d atoms, nelec (alpha, beta) = %s', self.mol.natm, self.mol.nelec)
        if self.mol.has_ecp():
            log.info('ECP on %s (%d core electrons), angular rule of %d points',
                     ', '.join(sorted(self.mol._ecp)), sum(self.mol.atom_nelec_core(i)
                                                           for i in range(self.mol.natm)),
                     self.ecp_quadrature)
        log.info('network = %s: hidden_dims = %s, determinants = %d, full_det = %s', self.network,
                 a.hidden_dims, a.determinants, a.full_det)
        log.info('envelope = %s (from SCF: %s), jastrow = %s, cusp = %s', a.envelope, a.scf_envelopes,
                 a.jastrow, a.cusp)
        log.info('optimizer = %s, lr = %g / (1 + t / %g), clip_width = %g, damping = %g, momentum = %g, '
                 'max_norm = %g', self.optimizer, self.optim_settings().lr, self.lr_delay,
                 self.clip_width, self.damping,
                 self.momentum, self.max_norm)
        log.info('nwalkers = %d, mcmc_steps = %d, burn_in = %d, target_acceptance = %g', self.nwalkers,
                 self.mcmc_steps, self.burn_in, self.target_acceptance)
        log.info('max_cycle = %d, eval_cycle = %d, pretrain_cycle = %d', self.max_cycle, self.eval_cycle,
                 self.pretrain_cycle)
        log.info('laplacian = %s, precision = %s, seed = %d', self.laplacian, self.precision, self.seed)
        log.info('chkfile = %s', self.chkfile)
        return self

    # ---- the run ---------------------------------------------------------------------------------
    def build(self):
        """Runs the SCF if needed and builds the `System` (idempotent)."""
        if self.system is None:
            log = logger.new_logger(self)
            mf = self.mf if self.mf is not None else system_mod.default_scf(self.mol)
            if self.mf is None:
                mf.verbose = self.verbose if self.verbose > logger.NOTE else 0
                mf.stdout = self.stdout
                mf.kernel()
                log.note('SCF (%s) for FermiNet: E = %.10f', type(mf).__name__, mf.e_tot)
                self.mf = mf
            self.system = system_mod.build_system(self.mol, system_mod.scf_reference(mf, log))
        return self

    def kernel(self):
        from pyscf_ferminet import driver
        self.check_sanity()
        self.build()
        self.dump_flags()
        return driver.kernel(self)

    @property
    def e_scf(self):
        return None if self.system is None else self.system.scf.e_tot

    @property
    def state_file(self):
        return None if not self.chkfile else self.chkfile + '.state'

    def _finalize(self):
        log = logger.new_logger(self)
        log.note('E(FermiNet) = %.8f +- %.8f  E_corr = %.8f  (SCF %.8f)  converged = %s', self.e_tot,
                 self.e_err, self.e_corr, self.e_scf, self.converged)
        return self

    def progress(self, done, total, text):
        """A one-line progress bar on stderr when attached to a terminal (and verbose >= NOTE)."""
        if self.verbose >= logger.NOTE and sys.stderr.isatty():
            width = 30
            filled = int(width * done / max(total, 1))
            sys.stderr.write(f'\r[{"#" * filled}{"." * (width - filled)}] {done}/{total} {text}')
            if done >= total:
                sys.stderr.write('\n')
            sys.stderr.flush()

    def reset(self, mol=None):
        if mol is not None:
            self.mol = mol
        self.system = None
        return self

    def dump_chk(self, chkfile=None):
        """Writes e_tot, e_err, e_corr, converged, the histories (and rdm1 / gradients when computed)
        to a PySCF chkfile under the key 'ferminet', atomically."""
        from pyscf_ferminet import driver
        chkfile = chkfile or self.chkfile
        if chkfile:
            driver.dump_results(self, chkfile)
        return self

    def __repr__(self):
        return f'<FermiNet {self.mol.atom!r} e_tot={self.e_tot}>'

    # ---- properties (results as PySCF objects) ----
    # Monte Carlo estimates from the optimised wavefunction (see observables.py, gradients.py,
    # scanner.py); each is computed once per kernel() and its error kept beside it. With an ECP the
    # density matrix is that of the valence electrons, and the dipole counts each core with its
    # nucleus as the point charge Z - ncore (as PySCF's own dipole of an ECP molecule).
    def make_rdm1s(self, with_error=False):
        """(alpha, beta) density matrices (2, nao, nao) in the AO basis; with_error: also their errors."""
        from pyscf_ferminet import observables
        r = observables.cached_rdm1(self)
        return (r.dm, r.err) if with_error else r.dm

    def make_rdm1(self, with_error=False):
        """Spin-summed density matrix (nao, nao), like mf.make_rdm1(); its error goes to rdm1_err."""
        from pyscf_ferminet import observables
        observables.cached_rdm1(self)
        return (self._rdm1, self._rdm1_err) if with_error else self._rdm1

    @property
    def rdm1_err(self):
        return getattr(self, '_rdm1_err', None)

    @property
    def dip_err(self):
        return getattr(self, '_dip_err', None)

    @property
    def spin_square_err(self):
        return getattr(self, '_ss_err', None)

    def dip_moment(self, mol=None, dm=None, unit='Debye', verbose=logger.NOTE, **kwargs):
        """Dipole (3,) of the FermiNet density, as scf.hf.dip_moment; its error goes to dip_err."""
        from pyscf_ferminet import observables
        return observables.solver_dip_moment(self, mol, dm, unit, verbose)

    def spin_square(self):
        """(<S^2>, 2S+1), like mf.spin_square(); the error of <S^2> goes to spin_square_err."""
        from pyscf_ferminet import observables
        ss, mult, self._ss_err = observables.solver_spin_square(self)
        return ss, mult

    def Gradients(self):
        from pyscf_ferminet.gradients import Gradients
        return Gradients(self)

    nuc_grad_method = Gradients

    def as_scanner(self):
        from pyscf_ferminet.scanner import as_scanner
        return as_scanner(self)

    def analyze(self, verbose=None):
        """Energy with error, correlation energy, dipole and Mulliken populations of the FermiNet density."""
        from pyscf_ferminet import observables
        return observables.solver_analyze(self, verbose)
    # ---- end properties ----
