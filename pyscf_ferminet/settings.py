"""One validated settings object: the solver's attributes travel through here to the math.

Each dataclass validates itself on construction, so a bad value fails before any work starts, with a
message that names the attribute and the values it may take.
"""

from __future__ import annotations

import dataclasses


def _check_choice(name, value, choices):
    if value not in choices:
        raise ValueError(f'{name} = {value!r} is not a valid value; choose one of {sorted(choices)}.')


def _check_positive_int(name, value, allow_zero=False):
    if not isinstance(value, (int,)) or isinstance(value, bool) or value < (0 if allow_zero else 1):
        bound = '>= 0' if allow_zero else '>= 1'
        raise ValueError(f'{name} = {value!r} must be an integer {bound}.')


def _check_positive(name, value):
    if not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f'{name} = {value!r} must be a positive number.')


# Named network sizes. 'default' is the published FermiNet size; 'small' is for quick CPU runs
# (a laptop or a 2-core machine: LiH and first-row atoms in minutes).
NETWORK_PRESETS = {
    'default': dict(hidden_dims=((256, 32),) * 4, determinants=16),
    'small': dict(hidden_dims=((64, 16),) * 3, determinants=8),
    'tiny': dict(hidden_dims=((16, 4),) * 2, determinants=2),
}

# The same names for the Psiformer. 'default' is the published size (4 layers, 4 heads of 64, MLP of
# the stream width 256, 16 determinants); 'small' costs about what FermiNet's 'small' does per
# iteration on a 2-core machine (benchmarks/bench_psiformer.py).
PSIFORMER_PRESETS = {
    'default': dict(attention_layers=4, heads=4, width=256, determinants=16),
    'small': dict(attention_layers=3, heads=4, width=64, determinants=8),
    'tiny': dict(attention_layers=2, heads=2, width=16, determinants=2),
}

# The settings each body reads; the others do not change its wavefunction.
BODY_SETTINGS = {'ferminet': ('hidden_dims',),
                 'psiformer': ('attention_layers', 'heads', 'width', 'layer_norm')}


@dataclasses.dataclass(frozen=True)
class AnsatzSettings:
    """The wavefunction.

    Attributes:
        ansatz: 'ferminet' (one- and two-electron streams) or 'psiformer' (self-attention over
            electrons); both share the envelopes, determinants, Jastrow and cusp forms below.
        hidden_dims: FermiNet: ((one-electron width, two-electron width), ...) per layer.
        attention_layers, heads, width: Psiformer: attention layers, heads per layer and the stream
            width (a multiple of heads; each head has width / heads channels).
        layer_norm: Psiformer: layer norm before the attention and before the MLP of each layer.
        determinants: number of determinants, combined in log space.
        full_det: one determinant over all electrons (True) or a product of spin blocks (False).
        envelope: 'isotropic' (exp(-sigma |r - R|)) or 'full' (exp(-|Sigma (r - R)|), 3x3 per atom).
        jastrow: 'ee' (electron-electron cusp factor) or 'none'.
        cusp: 'exact' (network inputs and envelopes smooth where particles meet; explicit factors
            give Kato's electron-nucleus cusps and, with jastrow='ee', the electron-electron ones,
            for any parameters) or
            'learned' (the reference FermiNet: |r| inputs and exponential envelopes).
        scf_envelopes: initialise envelope weights from the SCF orbitals' atomic populations and decay
            rates from each spin's HOMO energy (`envelopes.envelope_init_from_scf`).
    """
    hidden_dims: tuple = NETWORK_PRESETS['default']['hidden_dims']
    determinants: int = 16
    ansatz: str = 'ferminet'
    attention_layers: int = PSIFORMER_PRESETS['default']['attention_layers']
    heads: int = PSIFORMER_PRESETS['default']['heads']
    width: int = PSIFORMER_PRESETS['default']['width']
    layer_norm: bool = True
    full_det: bool = True
    envelope: str = 'isotropic'
    jastrow: str = 'ee'
    cusp: str = 'exact'
    scf_envelopes: bool = True

    def __post_init__(self):
        message = (f'hidden_dims = {self.hidden_dims!r}: give ((n_one, n_two), ...) with positive '
                   'integer widths, at least one layer, e.g. ((64, 16), (64, 16), (64, 16)).')
        if isinstance(self.hidden_dims, str):
            raise ValueError(message)
        try:
            dims = tuple(tuple(int(d) for d in layer) for layer in self.hidden_dims)
        except (TypeError, ValueError):
            raise ValueError(message) from None
        if not dims or any(len(layer) != 2 or min(layer) < 1 for layer in dims):
            raise ValueError(message)
        object.__setattr__(self, 'hidden_dims', dims)
        _check_positive_int('determinants', self.determinants)
        _check_choice('ansatz', self.ansatz, set(BODY_SETTINGS))
        _check_positive_int('attention_layers', self.attention_layers)
        _check_positive_int('heads', self.heads)
        _check_positive_int('width', self.width)
        if self.width % self.heads:
            raise ValueError(f'heads = {self.heads} does not divide width = {self.width}: the attention '
                             'splits the stream into heads of equal width; choose width a multiple of '
                             f'heads (e.g. width = {self.heads * max(1, round(self.width / self.heads))}).')
        if not isinstance(self.layer_norm, bool):
            raise ValueError(f'layer_norm = {self.layer_norm!r} must be True or False.')
        _check_choice('envelope', self.envelope, {'isotropic', 'full'})
        _check_choice('jastrow', self.jastrow, {'ee', 'none'})
        _check_choice('cusp', self.cusp, {'exact', 'learned'})


@dataclasses.dataclass(frozen=True)
class SamplerSettings:
    """Metropolis-Hastings with all-electron Gaussian moves.

    Attributes:
        steps: MCMC steps between parameter updates.
        init_width: initial move width (bohr for 'uniform' moves; a ratio for 'scaled').
        target_acceptance: the width adapts toward this acceptance rate.
        burn_in: MCMC steps before the first update (not counted as iterations).
        moves: 'scaled' (each electron's Gaussian width is `width` x its distance to the nearest
            nucleus; the adapted quantity is that ratio) or 'uniform' (one width in bohr for all).
    """
    steps: int = 10
    init_width: float = 0.1
    target_acceptance: float = 0.5
    burn_in: int = 100
    moves: str = 'scaled'

    def __post_init__(self):
        _check_choice('mcmc_moves', self.moves, {'scaled', 'uniform'})
        _check_positive_int('mcmc_steps', self.steps)
        _check_positive('mcmc_width', self.init_width)
        _check_positive_int('burn_in', self.burn_in, allow_zero=True)
        if not 0 < self.target_acceptance < 1:
            raise ValueError(f'target_acceptance = {self.target_acceptance} must lie in (0, 1).')


# Learning rates at t = 0 per optimiser (the solver's lr = None picks these). Natural-gradient steps
# are imaginary-time steps of about this size; Adam's are per-parameter and must be far smaller.
DEFAULT_LR = {'spring': 0.05, 'minsr': 0.05, 'kfac': 0.05, 'adam': 1e-3}
# Step-norm bounds per optimiser (the solver's max_norm = None picks these). For spring/minsr the bound
# is on the mean squared change of log|psi| over the walkers, ||O d||^2: 1e-3 (an rms change of 0.03
# per step) keeps N2's training stable where 0.1 let the energy climb by 10 Eh in 150 iterations; LiH
# ends about 0.3 mHa higher than at 0.1, within its seed spread (benchmarks/README.md, Optimisers).
DEFAULT_MAX_NORM = {'spring': 1e-3, 'minsr': 1e-3, 'kfac': 0.1, 'adam': 0.1}


@dataclasses.dataclass(frozen=True)
class OptimSettings:
    """The optimiser.

    Attributes:
        name: 'spring' (natural gradient from the walker Gram matrix, with momentum; the default),
            'minsr' (spring without momentum), 'adam' or 'kfac' (Kronecker-factored natural gradient,
            pyscf_ferminet.kfac).
        lr: learning rate at t = 0; lr_t = lr / (1 + t / lr_delay).
        lr_delay: iterations over which the rate halves.
        clip_width: local energies are clipped to median +- clip_width x mean absolute deviation.
        damping: Tikhonov damping of the Gram matrix (spring/minsr).
        momentum: spring's decay of the previous direction.
        max_norm: bound on the step's squared norm in the Fisher metric (spring/minsr: the mean
            squared change of log|psi| over the walkers), KFAC's quadratic model, or the plain norm
            (adam).
    """
    name: str = 'spring'
    lr: float = 0.05
    lr_delay: float = 1000.0
    clip_width: float = 5.0
    damping: float = 1e-3
    momentum: float = 0.9
    max_norm: float = 1e-3

    def __post_init__(self):
        _check_choice('optimizer', self.name, {'spring', 'minsr', 'adam', 'kfac'})
        for name in ('lr', 'lr_delay', 'clip_width', 'damping', 'max_norm'):
            _check_positive(name, getattr(self, name))
        if not 0 <= self.momentum < 1:
            raise ValueError(f'momentum = {self.momentum} must lie in [0, 1).')


@dataclasses.dataclass(frozen=True)
class PretrainSettings:
    """Least-squares fit of the network orbitals to the SCF orbitals.

    Attributes:
        steps: Adam steps (0 skips pretraining).
        lr: Adam learning rate.
        scf_fraction: walkers are drawn from |Psi_SCF|^(2 f) |Psi_net|^(2 (1 - f)), f = scf_fraction.
    """
    steps: int = 200
    lr: float = 3e-3
    scf_fraction: float = 1.0

    def __post_init__(self):
        _check_positive_int('pretrain_cycle', self.steps, allow_zero=True)
        _check_positive('pretrain_lr', self.lr)
        if not 0 <= self.scf_fraction <= 1:
            raise ValueError(f'pretrain_scf_fraction = {self.scf_fraction} must lie in [0, 1].')
