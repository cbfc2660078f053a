import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 9909:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(7921)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(7415)
const { safeRe: re, t } = __nccwpck_require__(889)

const parseOptions = __nccwpck_require__(6342)
const { compareIdentifiers } = __nccwpck_require__(7150)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 3811:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 7306:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(3811)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 7415:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 7921:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 7150:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 6342:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 889:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(7415)
const debug = __nccwpck_require__(7921)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 978:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _lockstep_core_action_present__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6390);
/* harmony import */ var _lockstep_core_operations_promote_index__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1870);


await (0,_lockstep_core_action_present__WEBPACK_IMPORTED_MODULE_0__/* .runOperation */ .x)(_lockstep_core_operations_promote_index__WEBPACK_IMPORTED_MODULE_1__/* .promote */ .p);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6390:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ runOperation)
});

// UNUSED EXPORTS: present

// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var log = __nccwpck_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/list.ts
var list = __nccwpck_require__(385);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __nccwpck_require__(4619);
;// CONCATENATED MODULE: ./packages/core/src/contract/inputs.ts



/**
 * What a face passes for an input given as the empty string on purpose: the
 * CLI's `--tag-prefix ""` (a value, which overrides the config's `v`). The
 * runner cannot say it: an input set to '' under `with:` reaches the action
 * as no input at all, so the config or the default decides (SPEC.md,
 * "Inputs"). Readers below see it as '' where the empty string is a value
 * (string, optional, list) and as absent elsewhere.
 */
const EXPLICIT_EMPTY = '\u0000';
function envInputs(env = process.env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function mapInputs(values) {
    return (name) => (values[name] ?? '').trim();
}
/** Typed readers over an InputSource; each error names the input. */
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** The input's text; '' for an input given empty on purpose (EXPLICIT_EMPTY is read nowhere else). */
    text(name) {
        const v = this.source(name);
        return v === EXPLICIT_EMPTY ? '' : v;
    }
    string(name, fallback = '') {
        const v = this.source(name);
        if (v === EXPLICIT_EMPTY)
            return '';
        return v === '' ? fallback : v;
    }
    /** The input, undefined when not given; '' when given empty on purpose (the CLI's `--name ""`). */
    optional(name) {
        const v = this.source(name);
        if (v === EXPLICIT_EMPTY)
            return '';
        return v === '' ? undefined : v;
    }
    required(name) {
        const v = this.text(name);
        if (v === '')
            throw new errors/* UserError */.yo('is required', {
                input: name,
                hint: 'set it under with: in the workflow step',
                cliHint: 'pass it on the command line',
            });
        return v;
    }
    /** YAML 1.2 core booleans, as @actions/core getBooleanInput accepts them. */
    boolean(name, fallback) {
        const v = this.text(name);
        if (v === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(v))
            return true;
        if (['false', 'False', 'FALSE'].includes(v))
            return false;
        throw new errors/* UserError */.yo(`is '${v}', not a boolean`, { input: name, hint: 'use true or false' });
    }
    /** Like boolean, but undefined when the input is not given (so config may decide). */
    optionalBoolean(name) {
        return this.text(name) === '' ? undefined : this.boolean(name, false);
    }
    choice(name, choices, fallback) {
        const v = this.text(name);
        if (v === '')
            return fallback;
        if (choices.includes(v))
            return v;
        throw new errors/* UserError */.yo(`is '${v}'${(0,suggest/* didYouMean */.a)(v, choices)}`, { input: name, hint: `use one of ${choices.join(', ')}` });
    }
    optionalChoice(name, choices) {
        return this.text(name) === '' ? undefined : this.choice(name, choices, choices[0]);
    }
    /**
     * One item per line, or comma-separated (commas inside `{…}` stay: they
     * belong to globs like `charts/{api,worker}`). Blank lines and `#` comments are dropped.
     */
    list(name) {
        return (0,list/* splitList */.r)(this.text(name));
    }
    integer(name, fallback, min = 0, max = Number.MAX_SAFE_INTEGER) {
        const v = this.text(name);
        if (v === '')
            return fallback;
        if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
            throw new errors/* UserError */.yo(`is '${v}'`, { input: name, hint: `use a whole number from ${min} to ${max}` });
        return Number(v);
    }
}

// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __nccwpck_require__(9888);
// EXTERNAL MODULE: ./packages/core/src/text/secrets.ts
var secrets = __nccwpck_require__(1068);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __nccwpck_require__(7841);
;// CONCATENATED MODULE: ./packages/core/src/text/stdio.ts

/** A writer for `fd`; `stream` is asked for only on the fallback, so the stream is never created on the normal path. */
function fdWriter(fd, stream) {
    let streamed = false;
    /** Writes `bytes` from `off` on; `copy`: the caller reuses them, so the stream is handed its own. */
    const send = (bytes, copy) => {
        let off = 0;
        try {
            while (off < bytes.length)
                off += (0,external_node_fs_.writeSync)(fd, bytes, off);
        }
        catch {
            streamed = true;
            stream().write(copy ? Buffer.from(bytes.subarray(off)) : bytes.subarray(off));
        }
    };
    return {
        write(text) {
            if (text === '')
                return;
            if (streamed)
                stream().write(text);
            else
                send(Buffer.from(text, 'utf8'), false);
        },
        writeBytes(bytes) {
            if (bytes.length === 0)
                return;
            if (streamed)
                stream().write(Buffer.from(bytes));
            else
                send(bytes, true);
        },
        viaStream() {
            streamed = true;
        },
        get streamed() {
            return streamed;
        },
    };
}
/** The process's standard output (every runner command and log line of the actions, the CLI's output). */
const stdout = fdWriter(1, () => process.stdout);
/** The process's standard error. */
const stderr = fdWriter(2, () => process.stderr);
/**
 * Whether `fd` is a terminal, without loading `tty` (and with it `net`) for
 * what cannot be one: a pipe, a socket or a file is answered by fstat; only a
 * character device (a terminal, or /dev/null) is asked of tty.isatty.
 */
function isTerminal(fd) {
    let chr;
    try {
        chr = fstatSync(fd).isCharacterDevice();
    }
    catch {
        return false;
    }
    return chr && process.getBuiltinModule('node:tty').isatty(fd);
}

;// CONCATENATED MODULE: ./packages/core/src/action/workflow-commands.ts




/**
 * How every lockstep action talks to the runner: outputs, annotations, the job
 * summary, masking, log groups. These write exactly what @actions/core writes
 * (same escaping, same GITHUB_OUTPUT heredoc form), so the runner cannot tell
 * the difference — but without loading @actions/core, whose HTTP client
 * (undici, for OIDC) costs 60–100 ms of every action's start-up, more than a
 * whole chart check takes. Inputs are read by contract/inputs.ts. Lines go to
 * standard output through text/stdio.ts (no process.stdout on the start-up path).
 */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Prints `::command k=v,…::message` with the runner's escaping. */
function issueCommand(command, props, message) {
    const list = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    stdout.write(`::${command}${list ? ` ${list}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** An error, warning or notice annotation at a file and line. */
function annotate(level, message, where = {}) {
    issueCommand(level, { title: where.title, file: where.file, line: where.line, col: where.col }, message);
}
/**
 * Sets a step output (GITHUB_OUTPUT when present, else the legacy command).
 * A value over GitHub's 1 MB output limit is cut at a line boundary with a
 * last line saying so (`where`: where the full text is), and a warning names
 * the output: the runner would otherwise drop or cut it silently.
 */
function setOutput(name, given, where) {
    // A value in parts is fitted as their concatenation; only what is written is joined.
    const fitted = (0,cap/* fitToBytes */.u8)(given, cap/* OUTPUT_CAP */.bs, (o) => `… ${(0,cap/* describeOmitted */.QQ)(o)} left out: GitHub limits a step output to 1 MB${where ? `; the full text is in ${where}` : ''}.`);
    if (fitted.omitted) {
        warning(`The output '${name}' was cut to fit GitHub's 1 MB limit: the last ${(0,cap/* describeOmitted */.QQ)(fitted.omitted)} were left out${where ? ` (the full text is in ${where})` : ''}.`);
    }
    const value = fitted.text;
    const file = process.env.GITHUB_OUTPUT;
    if (file) {
        // A delimiter the value does not contain (checked, so its randomness is not what keeps it safe;
        // node:crypto is not loaded for it).
        let delimiter;
        do
            delimiter = `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
        while (value.includes(delimiter) || name.includes(delimiter));
        (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    }
    else {
        issueCommand('set-output', { name }, value);
    }
}
/** Bytes of the summary file this process has seen (what was there at its first append, plus its writes). */
let summaryBytes;
/**
 * Appends Markdown to the job summary; prints it when the runner gives no
 * summary file. The file never grows past SUMMARY_CAP (GitHub drops a whole
 * summary over 1 MiB): what does not fit is cut at a line boundary, open code
 * fences and <details> closed, and a last line says what was left out and
 * where the full text is (`where`, e.g. "the release PR's CHANGELOG.md").
 * Markdown given in parts is appended as their concatenation (a long
 * release's notes are not copied into one string to keep their first MiB).
 */
function appendSummary(markdown, where) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        if (typeof markdown === 'string')
            stdout.write(`${markdown}${external_node_os_.EOL}`);
        else {
            for (const part of markdown)
                stdout.write(part);
            stdout.write(external_node_os_.EOL);
        }
        return;
    }
    if (summaryBytes?.file !== file)
        summaryBytes = { file, bytes: sizeOf(file) };
    const room = cap/* SUMMARY_CAP */.GY - summaryBytes.bytes - Buffer.byteLength(external_node_os_.EOL);
    const fitted = (0,cap/* fitToBytes */.u8)(markdown, room, (o) => `> **Note:** ${(0,cap/* describeOmitted */.QQ)(o)} of this summary were left out to stay under GitHub's 1 MiB job summary limit${where ? `; the full text is in ${where}` : ''}.`);
    if (fitted.text === '' && fitted.omitted)
        return;
    const text = `${fitted.text}${external_node_os_.EOL}`;
    (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
    summaryBytes.bytes += Buffer.byteLength(text);
}
function sizeOf(file) {
    try {
        return (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return 0;
    }
}
/** A plain log line. */
function info(line) {
    stdout.write(`${line}${external_node_os_.EOL}`);
}
/** A debug line (shown when the workflow enables step debug logging). */
function debug(line) {
    issueCommand('debug', {}, line);
}
/** Starts a collapsible log group. */
function group(title) {
    issueCommand('group', {}, title);
}
/** Starts a collapsible log group (the @actions/core name). */
const startGroup = group;
/** A warning annotation, optionally at a file and line. */
function warning(message, where = {}) {
    annotate('warning', message, where);
}
const workflow_commands_secrets = new Set();
/** Registers a secret: the runner masks it in every later log line, and the failure path redacts every form of it. */
function setSecret(secret) {
    if (secret === '')
        return;
    workflow_commands_secrets.add(secret);
    issueCommand('add-mask', {}, secret);
    // The runner matches a mask against one log line at a time: each line of a multi-line secret (an SSH key) is one too.
    const lines = secret.split(/\r?\n/).map((l) => l.trim());
    if (lines.length > 1)
        for (const line of new Set(lines))
            if (line.length >= 8)
                setSecret(line);
}
/** The secrets registered so far (setSecret). */
function registeredSecrets() {
    return [...workflow_commands_secrets];
}
/** Ends the current log group. */
function endGroup() {
    issueCommand('endgroup', {}, '');
}

;// CONCATENATED MODULE: ./packages/core/src/action/run.ts





/**
 * The one failure path of every action: runs `main`, and turns whatever it
 * throws (an Error, a string, anything) into a failed step. A UserError becomes
 * an annotation at its file and line plus a summary line, without a stack
 * trace; anything else fails the step and keeps its stack in the debug log.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (e) {
        reportFailure(e);
    }
}
/** Reports a thrown value as runAction does; exported for tests and the CLI. */
function reportFailure(e) {
    // Every form of every registered secret (the token, its base64 and URL encodings) is removed from what is printed:
    // the runner masks only the raw value, and a message may quote an answer that echoed the request's headers.
    const clean = (text) => (0,secrets/* redact */.E)(text, registeredSecrets());
    const userErrors = e instanceof errors/* UserErrors */.tQ ? e.errors : e instanceof errors/* UserError */.yo ? [e] : [];
    if (userErrors.length > 0) {
        for (const err of userErrors) {
            annotate('error', (0,log/* escapeForLog */.z)(clean(err.format())), { title: 'lockstep', file: err.file, line: err.line, col: err.col });
        }
        // An action whose summary already shows each problem (chart-bump-check's table) is not repeated here.
        if (!(e instanceof errors/* UserErrors */.tQ && e.summarized))
            appendSummary(['### lockstep: failed', '', ...userErrors.map((err) => `- ${(0,markdown/* escapeMarkdown */.FV)(clean(err.format()))}`), ''].join('\n'));
        process.exitCode = 1;
        return;
    }
    const message = clean(e instanceof Error ? e.message : typeof e === 'string' ? e : `unexpected failure: ${safeString(e)}`);
    if (e instanceof Error && e.stack)
        debug(clean(e.stack));
    // GitHub's failures (github/client.ts GitHubError) say what happened and what to do: an API error, not a bug.
    annotate('error', isApiError(e) ? (0,log/* escapeForLog */.z)(message) : `internal error: ${(0,log/* escapeForLog */.z)(message)}`);
    process.exitCode = 1;
}
/** A GitHubError, known by name: importing the class would load the GitHub client into every action. */
function isApiError(e) {
    return e instanceof Error && e.name === 'GitHubError';
}
function safeString(v) {
    try {
        return JSON.stringify(v) ?? String(v);
    }
    catch {
        return String(v);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/contract/world.ts

/**
 * The day an operation stamps (changelog headings), from SOURCE_DATE_EPOCH
 * (seconds) when it is a number, for reproducible runs, else `now`. Both faces
 * read the variable and pass the result in; operations never read the environment.
 */
function sourceDate(epoch, now = new Date()) {
    const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
    return d.toISOString().slice(0, 10);
}
/**
 * Core names files relative to the working directory; users (annotations,
 * terminals) need them relative to the workspace. Returns the same kind of
 * error with each location moved by `show`.
 */
function relocateErrors(e, show) {
    const move = (u) => (u.file ? u.at({ file: show(u.file), line: u.line, col: u.col }) : u);
    if (e instanceof UserErrors)
        return new UserErrors(e.errors.map(move), { summarized: e.summarized });
    if (e instanceof UserError)
        return move(e);
    return e;
}

// EXTERNAL MODULE: ./packages/core/src/registry/retry.ts
var retry = __nccwpck_require__(6371);
;// CONCATENATED MODULE: ./packages/core/src/action/event.ts

/** Events whose payload names a pull request's (or merge group's) base. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/**
 * Reads GITHUB_EVENT_PATH once. A run of another event without a payload is
 * simply no pull request; a pull request event whose payload is missing or
 * unreadable is reported as such, so a caller can say so instead of treating
 * it as "not a pull request".
 */
function readEventFile(name, path) {
    const fail = (what) => ({
        event: {},
        problem: name !== undefined && PULL_REQUEST_EVENTS.has(name) ? what : undefined,
    });
    if (!path)
        return fail('is missing (GITHUB_EVENT_PATH is not set)');
    if (!(0,external_node_fs_.existsSync)(path))
        return fail(`is missing (GITHUB_EVENT_PATH names ${path}, which does not exist)`);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        return fail(`${path} cannot be read (${e.code ?? 'error'})`);
    }
    try {
        const event = JSON.parse(text);
        return event !== null && typeof event === 'object' && !Array.isArray(event)
            ? { event: event }
            : fail(`${path} does not hold a JSON object`);
    }
    catch {
        return fail(`${path} is not valid JSON`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/action/world.ts





/**
 * The runner's World: the workspace (GITHUB_WORKSPACE, else the current
 * folder), the event file read on first use, the real clock and services,
 * progress to the runner's log (every line escaped: a file's text can never
 * be a workflow command), secrets masked with add-mask, warnings as annotations.
 */
function actionWorld(env = process.env) {
    let event;
    let date;
    return {
        ...(env.GITHUB_SHA ? { runCommit: env.GITHUB_SHA } : {}),
        localRepository: false,
        foldsLines: true,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        env,
        event: () => {
            if (event === undefined) {
                const read = readEventFile(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
                event = { name: env.GITHUB_EVENT_NAME, payload: read.event, problem: read.problem };
            }
            return event;
        },
        clock: retry/* systemClock */.ml,
        // On first use: a refused input never dates anything, and the first Date costs 0.3–0.4 ms of start-up (measured).
        get date() {
            return (date ??= sourceDate(env.SOURCE_DATE_EPOCH));
        },
        reporter: {
            info: (l) => info((0,log/* escapeForLog */.z)(l)),
            debug: (l) => debug((0,log/* escapeForLog */.z)(l)),
            group: startGroup,
            endGroup: endGroup,
        },
        secret: (v) => setSecret(v),
        warning: (l) => warning((0,log/* escapeForLog */.z)(l)),
        services: {},
    };
}

;// CONCATENATED MODULE: ./packages/core/src/action/present.ts





/**
 * The runner's one entry for every action: the inputs (secrets masked
 * first) → the operation's request; only once that was accepted is the run
 * loaded (the one lazy-load point, so a refused input costs no more than
 * starting Node); the result → its runner view, presented; any failure
 * through runAction's one failure path.
 */
async function runOperation(op, world = actionWorld(process.env)) {
    await runAction(async () => {
        const inputs = new Inputs(envInputs(world.env));
        for (const name of op.secrets ?? []) {
            const value = inputs.optional(name);
            if (value)
                world.secret(value);
        }
        if (op.secrets?.includes('github-token'))
            world.token = inputs.optional('github-token');
        const request = await op.request(inputs, world);
        const run = await op.run();
        const result = await run(request, world);
        present((await op.view()).runner(result));
    });
}
/**
 * Tells the runner a view: each step in order (log lines escaped unless the
 * view made them safe, annotations always escaped), then throws its failure
 * for the failure path, after the outputs and summary are written.
 */
function present(view) {
    for (const step of view.steps) {
        if ('info' in step)
            info(step.raw ? step.info : (0,log/* escapeForLog */.z)(step.info));
        else if ('group' in step)
            startGroup(step.group);
        else if ('endGroup' in step)
            endGroup();
        else if ('annotate' in step)
            annotate(step.annotate, (0,log/* escapeForLog */.z)(step.message), { file: step.file, line: step.line, title: step.title });
        else if ('output' in step)
            setOutput(step.output, step.value, step.where);
        else
            appendSummary(step.summary, step.where);
    }
    if (view.failure)
        throw view.failure;
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ named),
/* harmony export */   Kx: () => (/* binding */ throwAll),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   aL: () => (/* binding */ words),
/* harmony export */   cv: () => (/* binding */ say),
/* harmony export */   tQ: () => (/* binding */ UserErrors),
/* harmony export */   y8: () => (/* binding */ theInput),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zK: () => (/* binding */ RUNNER)
/* harmony export */ });
/* unused harmony exports unset, isUserError */
/** The input itself: `to` / `--to`; with a value `push: pr` / `--push pr`. */
const named = (input, value) => ({ input, value, form: 'name' });
/** Giving the input a value: `set allow-skip: true` / `pass --allow-skip`. */
const setting = (input, value) => ({ input, value, form: 'set' });
/** Leaving the input out: `leave version empty` / `leave out --version`. */
const unset = (input) => ({ input, form: 'unset' });
/** The input spoken of: `the registry input` / `--registry`. */
const theInput = (input) => ({ input, form: 'the' });
/** UserError's `input`, heading its message. */
const subject = (input) => ({ input, form: 'subject' });
/** A text naming inputs, face-neutral: words`promote through them, or ${setting('allow-skip', 'true')}`. */
function words(strings, ...values) {
    const out = [];
    strings.forEach((s, i) => {
        out.push(s);
        const v = i < values.length ? values[i] : [];
        if (Array.isArray(v))
            out.push(...v);
        else
            out.push(typeof v === 'object' ? v : String(v));
    });
    return out;
}
/** The runner: inputs are the `with:` keys of the workflow step. */
const RUNNER = {
    terminal: false,
    word: ({ input, value, form }) => form === 'the'
        ? `the ${input} input`
        : form === 'subject'
            ? `input '${input}'`
            : form === 'unset'
                ? `leave ${input} empty`
                : form === 'set' && value === undefined
                    ? `pass ${input}`
                    : `${form === 'set' ? 'set ' : ''}${input}${value === undefined ? '' : `: ${value}`}`,
};
/** The text of `w` as `face` words it. */
function say(w, face) {
    return typeof w === 'string' ? w : w.map((p) => (typeof p === 'string' ? p : face.word(p))).join('');
}
/**
 * A mistake the user can fix: bad input, a malformed file, a rule broken.
 * It is reported as one line `file:line: message — hint` plus an annotation,
 * never with a stack trace.
 */
class UserError extends Error {
    file;
    line;
    col;
    /** How to fix it, as the runner says it (see hintWords for each face's). */
    hint;
    hintWords;
    /**
     * The hint as a terminal user acts on it where it differs by more than the
     * inputs' names (git commands instead of workflow steps); a terminal shows
     * it instead of the hint.
     */
    cliHint;
    /** The input the error is about (`version`): each face words it at the message's head. */
    input;
    /** What is wrong, without the input's name (the text after it; `: …` when it follows the name at once), as the runner says it. */
    detail;
    detailWords;
    constructor(message, where = {}) {
        const detail = say(message, RUNNER);
        super(where.input === undefined ? detail : `${RUNNER.word(subject(where.input))}${joined(detail)}`);
        this.name = 'UserError';
        this.detail = detail;
        this.detailWords = message;
        this.file = where.file;
        this.line = where.line;
        this.col = where.col;
        this.hint = where.hint === undefined ? undefined : say(where.hint, RUNNER);
        this.hintWords = where.hint;
        this.cliHint = where.cliHint;
        this.input = where.input;
    }
    /**
     * The one-line form: `path:line: what is wrong — how to fix it`, with the
     * inputs named as `face` names them: the runner's `with:` keys (the default),
     * a terminal's flags (text/terminal-face.ts).
     */
    format(f = RUNNER) {
        const at = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
        const hint = f.terminal && this.cliHint !== undefined ? this.cliHint : this.hintWords && say(this.hintWords, f);
        const detail = say(this.detailWords, f);
        const what = this.input === undefined ? detail : `${f.word(subject(this.input))}${joined(detail)}`;
        return `${at}${what}${hint ? ` — ${hint}` : ''}`;
    }
    /** The same error at another place (a working-directory path made workspace-relative); every other field kept. */
    at(where) {
        return new UserError(this.detailWords, {
            file: where.file,
            line: where.line,
            col: where.col,
            hint: this.hintWords,
            cliHint: this.cliHint,
            input: this.input,
        });
    }
}
/** The detail after the input's name: `: what` right after it, any other text after a space. */
function joined(detail) {
    return detail.startsWith(':') ? detail : ` ${detail}`;
}
/** Several user errors found in one pass; each becomes its own annotation. */
class UserErrors extends Error {
    errors;
    /** True when the action's job summary already shows every error (in its own table), so the failure path does not list them again. */
    summarized;
    constructor(errors, opts = {}) {
        super(errors.map((e) => e.format()).join('\n'));
        this.name = 'UserErrors';
        this.errors = errors;
        this.summarized = opts.summarized ?? false;
    }
}
/** Throws the one error, or all of them together as UserErrors; nothing when there is none. */
function throwAll(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new UserErrors([...errors]);
}
function isUserError(e) {
    return e instanceof UserError;
}


/***/ }),

/***/ 2536:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   PL: () => (/* binding */ refuseBare)
/* harmony export */ });
/* unused harmony exports workspaceRelative, resolveWorkingDirectory, resolveExistingFolder, insideGitCheckout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4619);




/**
 * Resolves a workspace-relative path, refusing one that leaves the workspace
 * or passes through a symbolic link (either could make an action read or
 * write outside the checkout). `what` names the input or file for the error.
 */
function resolveInside(workspace, path, what) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what}: ${path} is outside the workspace`, { hint: 'use a path inside the repository' });
    let cur = root;
    for (const part of rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean)) {
        cur = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cur, part);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(cur);
        }
        catch {
            break; // does not exist (yet): nothing further to check
        }
        if (st.isSymbolicLink())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what}: ${path} passes through a symbolic link (${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, cur)})`, {
                hint: 'point at the real path inside the repository',
            });
    }
    return abs;
}
/** A POSIX-style path relative to the workspace, for messages and annotations. */
function workspaceRelative(workspace, abs) {
    return relative(resolve(workspace), abs).split(sep).join('/');
}
/**
 * Resolves the `working-directory` input and checks that it is a folder inside
 * a git checkout, so a typo or a job without actions/checkout fails as a user
 * error naming the input instead of `spawn git ENOENT` (a missing cwd) or
 * `git … exited (128)` (no repository). Every action calls this before git.
 */
function resolveWorkingDirectory(workspace, path, input = 'working-directory', env = process.env) {
    const abs = resolveExistingFolder(workspace, path, input);
    if (!insideGitCheckout(abs, env)) {
        refuseBare(abs, path, input);
        throw new UserError([...shownInput(path, input), ' is not a git repository'], {
            hint: 'check out the repository first (actions/checkout)',
            cliHint: 'run lockstep inside a git repository (cd into a clone, or git init and commit the charts)',
        });
    }
    return abs;
}
/**
 * Refuses a bare repository (HEAD, objects and refs in the folder, no .git):
 * it has history but no files to work on.
 */
function refuseBare(abs, path, input = 'working-directory') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, '.git')) && ['HEAD', 'objects', 'refs'].every((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, p))))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shownInput(path, input), ' is a bare git repository (it has no work tree)'], {
            hint: 'run in a clone of it that has a work tree (actions/checkout)',
            cliHint: 'run lockstep in a clone of it that has a work tree (git clone <path>)',
        });
}
/**
 * Like resolveWorkingDirectory, for an action that needs no git repository:
 * the folder must exist inside the workspace, and nothing more.
 */
function resolveExistingFolder(workspace, path, input = 'working-directory') {
    const abs = resolveInside(workspace, path, input);
    const shown = shownInput(path, input);
    let st;
    try {
        st = statSync(abs);
    }
    catch {
        const guess = nearestFolder(workspace, path);
        throw new UserError([...shown, ' does not exist'], {
            hint: guess
                ? `did you mean ${guess}?`
                : words `set ${named(input)} to a folder of the checked-out repository, relative to the workspace`,
        });
    }
    if (!st.isDirectory())
        throw new UserError([...shown, ' is not a folder'], { hint: words `set ${named(input)} to a folder of the checked-out repository` });
    return abs;
}
/** The folder beside a mistyped `path` whose name is nearest to its last part (`charts/myap` → `charts/myapp`), if any is close. */
function nearestFolder(workspace, path) {
    const parts = path.replace(/\\/g, '/').replace(/\/+$/, '').split('/');
    const last = parts.pop();
    if (!last)
        return undefined;
    try {
        const names = readdirSync(resolve(workspace, ...parts), { withFileTypes: true })
            .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
            .map((d) => d.name);
        const guess = nearest(last, names);
        return guess === undefined || guess === last ? undefined : [...parts, guess].join('/');
    }
    catch {
        return undefined;
    }
}
function shownInput(path, input) {
    return path === '' || path === '.' ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} '.' (the workspace)` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} '${path}'`;
}
/**
 * Whether `dir` lies in a git work tree: some folder from it up to the root
 * holds `.git` (a folder, or a file as in worktrees and submodules), or GIT_DIR
 * names the repository. Found without starting git, which the caller will do anyway.
 */
function insideGitCheckout(dir, env = process.env) {
    if (env.GIT_DIR)
        return true;
    for (let cur = resolve(dir);; cur = dirname(cur)) {
        try {
            lstatSync(join(cur, '.git'));
            return true;
        }
        catch {
            // not here: look one folder up
        }
        if (dirname(cur) === cur)
            return false;
    }
}


/***/ }),

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stripPort),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// A host's name as written (no lookup, no node:net): light enough for the entry chunks that read an
// image reference (capture-digests' inputs); hosts.ts adds the address rules.
/** True when the registry host is this machine (plain http is allowed there). */
function isLoopbackHost(host) {
    const h = stripPort(host).toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '[::1]';
}
/** host without `:port`; keeps a bracketed IPv6 literal's brackets off. */
function stripPort(host) {
    if (host.startsWith('[')) {
        const end = host.indexOf(']');
        return host.slice(1, end < 0 ? undefined : end);
    }
    const c = host.lastIndexOf(':');
    return c >= 0 && host.indexOf(':') === c ? host.slice(0, c) : host;
}


/***/ }),

/***/ 1870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./packages/core/src/settings/table.ts
var table = __nccwpck_require__(6355);
// EXTERNAL MODULE: ./packages/core/src/settings/table-promote.ts + 1 modules
var table_promote = __nccwpck_require__(8194);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var valid = __nccwpck_require__(7306);
var valid_default = /*#__PURE__*/__nccwpck_require__.n(valid);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __nccwpck_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts + 1 modules
var settings_read = __nccwpck_require__(1547);
// EXTERNAL MODULE: ./packages/core/src/http/host-name.ts
var host_name = __nccwpck_require__(9492);
;// CONCATENATED MODULE: ./packages/core/src/promote/publish/webhook-url.ts
// Where a notification may be sent (publish/notify.ts): read by the promote-env request before anything runs, so
// it stays light (the entry chunk an action loads first holds it).

/** Why a webhook URL is refused before anything is sent (plain http only to this machine), or undefined. */
function webhookProblem(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return 'is not a URL';
    }
    if (u.protocol === 'https:')
        return undefined;
    if (u.protocol === 'http:' && (0,host_name/* isLoopbackHost */.c)(u.hostname))
        return undefined;
    return `is ${u.protocol}//${u.host}: a webhook is sent over https (plain http only to this machine)`;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/promote/request.ts






const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
/**
 * Reads the promote-env inputs once (the action's INPUT_* or the CLI's flags), each by its declaration
 * (settings/table-promote.ts through settings/read.ts), then checks what the table cannot say: the shapes of
 * repository, version, chart-version, base and record, and `to` required unless recording. Each error
 * names its input, then the working directory.
 */
function promoteRequest(inputs, world) {
    const { to, record, ...read } = (0,settings_read/* readSettings */.sb)(table_promote/* PROMOTE */.R, inputs);
    const { repository, version, chartVersion, base } = read;
    if (repository !== undefined && (!REPOSITORY.test(repository) || repository.includes('..')))
        throw new errors/* UserError */.yo(`is '${repository}'`, { input: 'repository', hint: 'use owner/name, e.g. acme/gitops-config' });
    if (version !== undefined && !TAG.test(version))
        throw new errors/* UserError */.yo(`is '${version}', not an image tag`, { input: 'version', hint: 'letters, digits, ".", "_" and "-", e.g. v1.2.0' });
    // One exact SemVer 2 version as Helm writes it: `3.12`, `v3.1.2` or a range would be written into the Application as is.
    if (chartVersion !== undefined && valid_default()(chartVersion) !== chartVersion)
        throw new errors/* UserError */.yo(`is '${chartVersion}', not an exact chart version`, {
            input: 'chart-version',
            hint: 'give one released SemVer version, e.g. 3.1.2 or 4.0.0-rc.1',
        });
    if (base !== undefined && (base.startsWith('-') || !/^[A-Za-z0-9._/-]+$/.test(base) || base.includes('..')))
        throw new errors/* UserError */.yo(`is '${base}', not a branch name`, { input: 'base', hint: 'name the base branch, e.g. main' });
    // record: deployments records what landed on the base instead of promoting: it needs no target.
    if (record !== undefined && record !== 'deployments')
        throw new errors/* UserError */.yo(`is '${record}'`, { input: 'record', hint: 'use deployments, or leave it empty to promote' });
    // A webhook URL is a secret of its own (a Slack incoming webhook's is its credential): masked, and refused before anything runs when not https.
    if (read.notifyWebhook !== undefined) {
        world.secret(read.notifyWebhook);
        const problem = webhookProblem(read.notifyWebhook);
        if (problem)
            throw new errors/* UserError */.yo(problem, { input: 'notify-webhook', hint: 'give the https:// URL of the receiver' });
    }
    // Secrets, masked before these reads (secretInputs): the promotion commit's SSH key (git/signing.ts), the notifications' key.
    const signingKey = inputs.optional('signing-key');
    const notifySecret = inputs.optional('notify-secret');
    if (notifySecret !== undefined)
        world.secret(notifySecret);
    const request = {
        ...read,
        to: record ? (to ?? '') : inputs.required('to'),
        ...(record ? { record } : {}),
        ...(notifySecret !== undefined ? { notifySecret } : {}),
        ...(signingKey !== undefined ? { signingKey } : {}),
    };
    (0,workspace/* resolveInside */.LI)(world.workspace, request.workingDirectory, 'working-directory');
    return request;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/promote/index.ts



/**
 * promote-env (and `lockstep promote`): image pins and the chart version
 * from one environment to the next, as a pull request or a direct commit.
 * Only the request is loaded with the entry; the run (config, YAML, git,
 * GitHub, the registry) and the views load once it was accepted.
 */
const promote = {
    action: 'promote-env',
    secrets: (0,table/* secretInputs */._y)(table_promote/* PROMOTE */.R),
    request: promoteRequest,
    // record: deployments records what landed instead of promoting (record.ts); each mode loads only its own run.
    run: () => Promise.resolve(async (i, world) => i.record ? (await Promise.all(/* import() */[__nccwpck_require__.e(329), __nccwpck_require__.e(601), __nccwpck_require__.e(882), __nccwpck_require__.e(227), __nccwpck_require__.e(153), __nccwpck_require__.e(736)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9736))).runRecord(i, world) : (await Promise.all(/* import() */[__nccwpck_require__.e(329), __nccwpck_require__.e(601), __nccwpck_require__.e(882), __nccwpck_require__.e(227), __nccwpck_require__.e(153), __nccwpck_require__.e(247), __nccwpck_require__.e(449)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5449))).runPromote(i, world)),
    view: async () => {
        const [{ promoteViews }, { isRecordResult, recordViews }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(329), __nccwpck_require__.e(882), __nccwpck_require__.e(247), __nccwpck_require__.e(301)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8301)), Promise.all(/* import() */[__nccwpck_require__.e(329), __nccwpck_require__.e(601), __nccwpck_require__.e(882), __nccwpck_require__.e(227), __nccwpck_require__.e(153), __nccwpck_require__.e(736)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9736))]);
        return {
            runner: (r) => (isRecordResult(r) ? recordViews.runner(r) : promoteViews.runner(r)),
            terminal: (r) => (isRecordResult(r) ? recordViews.terminal(r) : promoteViews.terminal(r)),
            failure: (r) => (isRecordResult(r) ? recordViews.failure(r) : promoteViews.failure(r)),
            held: (r) => !isRecordResult(r) && promoteViews.held?.(r) === true,
            json: (r) => (isRecordResult(r) ? recordViews.json(r) : promoteViews.json(r)),
        };
    },
};


/***/ }),

/***/ 6371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60000 };
/**
 * Parses a `Retry-After` value, delay-seconds or an HTTP-date, into
 * milliseconds from `now`. Undefined when absent or unreadable; a date in the
 * past is 0.
 */
function parseRetryAfter(value, now) {
    const v = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!v)
        return undefined;
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    if (!/[a-z]/i.test(v))
        return undefined;
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/**
 * Backoff before attempt `n + 1` (n ≥ 1): exponential with "equal jitter",
 * so waits grow but clients that failed together do not retry in step.
 */
function backoffDelay(n, policy, random) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
    return Math.round(exp / 2 + (exp / 2) * random);
}
/** True for the statuses worth another try: 429 and 5xx other than 501/505. */
function isRetryableStatus(status) {
    return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}


/***/ }),

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sb: () => (/* binding */ readSettings),
  P1: () => (/* binding */ scoped),
  zc: () => (/* binding */ settingsFor),
  cm: () => (/* binding */ settingsForEach),
  II: () => (/* binding */ unresolved)
});

// UNUSED EXPORTS: defaultsOf

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/camel.ts
var camel = __nccwpck_require__(1703);
// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __nccwpck_require__(8473);
// EXTERNAL MODULE: ./packages/core/src/text/list.ts
var list = __nccwpck_require__(385);
;// CONCATENATED MODULE: ./packages/core/src/settings/resolve.ts

/**
 * The one precedence of every operation: an input given > the key under the
 * environment (or service) the run is about > the key at the top of the file
 * > the table's default (or the default another key decides: `defaultWhen`). `given` holds the inputs as the request read them,
 * undefined where the input was not given (the runner's empty input); an
 * explicit empty value on the command line (`--tag-prefix ""`) is given.
 * Only the settings that declare a config key are resolved here: the others
 * are the input or its default already. Without a config (check reads none
 * at a commit that has no file), the input, else the default.
 */
function resolveSettings(table, given, config, scope = {}) {
    const env = scope.environment === undefined ? undefined : config?.environments.find((e) => e.name === scope.environment);
    const out = {};
    for (const s of table.settings) {
        if (!s.config)
            continue;
        out[s.input] = resolveOne(s, given[s.input], config, env);
    }
    return out;
}
function resolveOne(s, given, config, env) {
    if (given !== undefined)
        return { value: given, from: 'input' };
    const key = (0,camel/* camel */.n)(s.config.key);
    // A key an environment may set is read there first; the top of the file holds it for every environment.
    if (s.config.where === 'environment') {
        const v = env?.[key];
        if (v !== undefined)
            return { value: v, from: 'environment' };
    }
    const top = config;
    // The top of the file's value, under the key's own name or where its declaration says (render: `render.mode`).
    const v = (s.config.topField ?? [key]).reduce((at, field) => at?.[field], top);
    if (v !== undefined)
        return { value: v, from: 'top' };
    // A default another key decides (values-drift: error where protected), that key read where this one would be.
    const when = s.config.defaultWhen;
    if (when) {
        const other = (s.config.where === 'environment' ? env?.[(0,camel/* camel */.n)(when.key)] : undefined) ?? top?.[(0,camel/* camel */.n)(when.key)];
        return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
    }
    return { value: s.config.default, from: 'default' };
}

;// CONCATENATED MODULE: ./packages/core/src/settings/read.ts
// The one reader of every setting (issue 54): a table entry says the setting's kind, choices, default and
// config key, so its TypeScript type, how its input is parsed and where its value comes from are all
// derived from that entry here, never spelled again at a use site. An operation's request reads its
// table with readSettings, keeps only the rules between fields, and asks settingsFor (or settingsForEach, per
// environment) for the config-backed values: each comes out typed and camel-cased (`min-soak` → minSoak).





/** The entries of `table` whose config key lives at `where`. */
function scoped(table, where) {
    const settings = table.settings.filter((s) => s.config?.where === where);
    return { operation: table.operation, action: table.action, settings: settings };
}
/**
 * Reads every input of `table` by its kind, once: a `bool` as a YAML boolean, a `choice` among its choices,
 * a list one per line or comma-separated, a `duration` in milliseconds (30m, 2d), anything else as text;
 * each with the table's default when it has one (the runner passes it; a terminal's flags do the same),
 * else undefined when not given (a list: empty). Each error names its input.
 */
function readSettings(table, inputs) {
    const out = {};
    for (const s of table.settings) {
        if (s.kind === 'secret')
            continue;
        const value = readOne(s, inputs);
        if (value !== undefined)
            out[(0,camel/* camel */.n)(s.input)] = value;
    }
    return out;
}
/** What readSettings gives when no input is given: each setting's default, read as its kind. */
function defaultsOf(table) {
    return readSettings(table, NOTHING_GIVEN);
}
/** An input source where nothing is given. */
const NOTHING_GIVEN = {
    source: () => '',
    string: (_name, fallback = '') => fallback,
    optional: () => undefined,
    required: (name) => {
        throw new Error(`${name} is required: a table with a required input has no defaults to read`);
    },
    boolean: (_name, fallback) => fallback,
    optionalBoolean: () => undefined,
    choice: (_name, _choices, fallback) => fallback,
    optionalChoice: () => undefined,
    list: () => [],
};
function readOne(s, inputs) {
    const { input: name, default: fallback } = s;
    switch (s.kind) {
        case 'bool':
            return fallback === undefined ? inputs.optionalBoolean(name) : inputs.boolean(name, fallback === 'true');
        case 'choice':
            return fallback === undefined ? inputs.optionalChoice(name, s.choices ?? []) : inputs.choice(name, s.choices ?? [], fallback);
        case 'list':
        case 'path-list':
        case 'glob-list':
            // The default stands for an input not given (the runner passes it); given empty on purpose, the list is empty.
            return fallback !== undefined && inputs.source(name) === '' ? (0,list/* splitList */.r)(fallback) : inputs.list(name);
        case 'duration': {
            const text = inputs.optional(name);
            if (text === undefined)
                return undefined;
            const ms = (0,duration/* parseDuration */.E9)(text);
            if (ms === undefined)
                throw new errors/* UserError */.yo(`is '${text}', not a duration`, { input: name, hint: duration/* DURATION_HINT */.Fp });
            return ms;
        }
        default:
            if (s.required)
                return inputs.required(name);
            return fallback === undefined ? inputs.optional(name) : inputs.string(name, fallback);
    }
}
/**
 * The config-backed settings of `table`, resolved by the one precedence (settings/resolve.ts): the input
 * `given` holds (as readSettings read it; an empty list is not given) > the key under `scope.environment`
 * > the key at the top of the file > the declared default. Settings with no value are left out.
 */
function settingsFor(table, given, config, scope = {}) {
    const read = given;
    const byInput = {};
    for (const s of table.settings) {
        const v = read[(0,camel/* camel */.n)(s.input)];
        byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
    }
    const out = {};
    for (const [input, r] of Object.entries(resolveSettings(table, byInput, config, scope)))
        if (r.value !== undefined)
            out[(0,camel/* camel */.n)(input)] = r.value;
    return out;
}
/** settingsFor under each of `environments`, once each: what a run that walks several environments reads. */
function settingsForEach(table, given, config, environments) {
    return Object.fromEntries(environments.map((environment) => [environment, settingsFor(table, given, config, { environment })]));
}
/**
 * `given` without the fields `table` resolves from the config, nor those named in `also` (what the caller
 * reads otherwise): what a request carries as given, so that no input a config key backs is left on it to
 * be read with a precedence of its own.
 */
function unresolved(table, given, also = []) {
    const backed = table.settings.filter((s) => s.config !== undefined).map((s) => (0,camel/* camel */.n)(s.input));
    const out = new Set([...backed, ...also.map(String)]);
    return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field)));
}


/***/ }),

/***/ 8194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ PROMOTE)
});

;// CONCATENATED MODULE: ./packages/core/src/settings/signing.ts
// The signing settings, declared once and listed in each table whose operation writes commits with git
// (prepare-release, promote-env, hydrate-env): the action's secret and the key file both faces take.
/** `signing-key` (the key itself, a secret: never a flag) and `signing-key-file` (a key file, or a public key with ssh-agent). */
const SIGNING_SETTINGS = [
    {
        input: 'signing-key',
        kind: 'secret',
        docs: 'An SSH private key (no passphrase), kept as a secret: every commit lockstep writes with git (commit-mode git) is SSH-signed with it, so git verify-commit with an allowed-signers file passes (Flux verify, Argo CD source integrity). Written to a 0600 temporary file removed after the run; never logged. Empty: commits are not signed.',
    },
    {
        input: 'signing-key-file',
        kind: 'path',
        docs: "A file holding the SSH private key (no passphrase) that signs the commits lockstep writes with git, or its public key (.pub) with the private key in ssh-agent (SSH_AUTH_SOCK): the terminal's way to sign (signing-key gives the key itself).",
    },
];

// EXTERNAL MODULE: ./packages/core/src/settings/table.ts
var table = __nccwpck_require__(6355);
;// CONCATENATED MODULE: ./packages/core/src/settings/table-promote.ts
// promote's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.


/** promote-env / lockstep promote. */
const PROMOTE = {
    operation: 'promote',
    action: 'promote-env',
    settings: [
        {
            input: 'from',
            kind: 'string',
            docs: 'Source environment (e.g. dev), or ref:<sha-or-tag> to roll the target back to what it pinned at that ref. May be empty when promoting into the first environment from digests or version.',
        },
        {
            input: 'to',
            kind: 'string',
            docs: 'Target environment (e.g. staging), or several in order (e.g. prod-eu, prod-us), or a config waves name — waves open one after the other, each once the previous one is merged and its require-checks are green on the merge commit. Not needed with record deployments (it then limits the record to that environment).',
        },
        {
            input: 'environments',
            kind: 'list',
            docs: 'Promotion order, comma-separated or one per line (default the config environments, else dev,staging,prod).',
        },
        {
            input: 'digests',
            kind: 'path',
            docs: "A capture-digests file (service → tag, digest, sha) to take the new pins from. Without it the source environment's pins are copied.",
        },
        { input: 'version', kind: 'semver', docs: 'An explicit image tag for the services (e.g. a release tag v1.2.0).' },
        {
            input: 'resolve-digests',
            kind: 'bool',
            docs: 'Resolve tags to digests through the registry before writing (default true for protected targets, false otherwise).',
        },
        {
            input: 'push',
            kind: 'choice',
            choices: ['pr', 'direct'],
            default: 'pr',
            docs: 'pr (open or update a pull request) or direct (commit to the base branch with a lease; refused for protected targets).',
        },
        {
            input: 'services',
            kind: 'list',
            docs: 'Limit the promotion to these services (comma-separated or one per line; default every service the source names).',
        },
        {
            input: 'chart-version',
            kind: 'semver',
            docs: "Chart version to set as the target ArgoCD Application's targetRevision; one exact SemVer version that was released (its tag <chart>-<version> in the repository, or its chart in the registry), said in the pull request when it is not the source's.",
        },
        {
            input: 'values-file',
            kind: 'file',
            docs: 'Values file template when the config has no environments, with {env} (e.g. environments/{env}/values.yaml).',
        },
        {
            input: 'values-key',
            kind: 'string',
            docs: 'Values key template when the config has no services, with {service} (e.g. services.{service}.image, or image for a single-image chart).',
        },
        {
            input: 'repository',
            kind: 'string',
            docs: 'owner/name of a separate repository to promote in (e.g. a gitops-config repository); cloned with github-token. Default the current repository.',
        },
        {
            input: 'verify-source',
            kind: 'bool',
            default: 'true',
            docs: 'Refuse an image whose digest the source environment does not pin now (it never ran there).',
        },
        {
            input: 'values-drift',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            config: {
                key: 'values-drift',
                where: 'environment',
                defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
                docs: 'A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn).',
            },
            docs: "What a key the target's values file sets, that the chart version the target runs reads and the promoted version no longer reads, does; error (refuse before any write, also when a chart version cannot be read from its release tag or registry), warn (annotate and go on) or off (default config values-drift, else error for protected environments, warn otherwise).",
        },
        {
            input: 'values-contract',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            config: table/* VALUES_CONTRACT_KEY */.uN,
            docs: "What the values contract does for a promotion that moves the target's chart version: a key the target's values (its values files, an Application's inline values and helm.parameters, a HelmRelease's spec.values and valuesFrom) set that no template of the promoted chart version (its subcharts, global) reads, named at its line with the nearest key that version reads, and what that version's values.schema.json refuses in the merged values, at the line that wrote the key; error (refuse before any write, also when that version cannot be read), warn (annotate, and say it in the pull request) or off (default the target's config values-contract, else the top's, else error for protected environments, warn otherwise).",
        },
        {
            input: 'render',
            kind: 'choice',
            choices: ['auto', 'on', 'off'],
            config: table/* RENDER_KEY */.hG,
            docs: "Rendered manifest diffs of the target (helm template as it runs now and after the merge, per object, in the pull request and the summary); auto (render when Helm 3.8 or later is on PATH, else one line saying how to add it), on (Helm required) or off (default the target's config render, else the config's top-level render, else auto).",
        },
        {
            input: 'validate',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            config: table/* VALIDATE_KEY */.FZ,
            docs: "What a rendered object of the target that fails schema validation does: the promoted render is validated offline against the Kubernetes schemas of the target's kube-version (and Flux's, for Flux objects), the CRDs of the chart, the render and config crds:, and the APIs that version no longer serves, and the Flux resources the promotion edits against Flux's schemas at their lines; error (refuse before any write), warn (annotate and go on) or off (default the target's config validate, else error for protected environments, warn otherwise).",
        },
        { input: 'base', kind: 'ref', docs: "Base branch of the repository promoted in (default the repository's default branch)." },
        { input: 'draft', kind: 'bool', default: 'false', docs: 'Open the pull request as a draft (always a draft for protected targets).' },
        {
            input: 'labels',
            kind: 'list',
            default: 'automation:release-bump',
            docs: 'Labels of the pull request (comma-separated or one per line).',
        },
        { input: 'reviewers', kind: 'list', docs: 'Users to request a review from (comma-separated or one per line).' },
        {
            input: 'auto-merge',
            kind: 'bool',
            config: { key: 'auto-merge', where: 'environment', default: false },
            docs: "Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).",
        },
        {
            input: 'notify-pulls',
            kind: 'bool',
            config: { key: 'notify-pulls', where: 'top', default: false },
            docs: 'Comment on every source pull request this promotion ships (one lockstep comment, edited in place: "Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)"), and, when the base branch\'s tip merged a promotion pull request, add its merge to the same comments. Needs pull-requests: write. Default: the config\'s notify-pulls (false).',
        },
        {
            input: 'notify-webhook',
            kind: 'string',
            docs: 'A URL (https; plain http only to this machine) to POST one event to per promotion outcome (opened, held, landed, rolled-back): JSON with a stable id, retried on failure, signed with notify-secret; masked in the log. A receiver that cannot be reached leaves the promotion as it went, with a warning.',
        },
        {
            input: 'notify-format',
            kind: 'choice',
            choices: ['json', 'slack'],
            default: 'json',
            docs: "The webhook's body: json (the event) or slack (a Slack incoming webhook's { text }).",
        },
        {
            input: 'notify-secret',
            kind: 'secret',
            docs: 'The key the webhook body is signed with: HMAC-SHA256 in X-Hub-Signature-256 (sha256=<hex>), as GitHub signs its webhooks (masked). lockstep promote reads it from LOCKSTEP_NOTIFY_SECRET.',
        },
        {
            input: 'lift-hold',
            kind: 'bool',
            default: 'false',
            docs: "Lift the target's rollback hold: a rollback (from ref:<tag-or-sha>) that landed holds the environment and those after it, and this promotion, once it lands, ends the hold.",
        },
        { input: 'allow-skip', kind: 'bool', default: 'false', docs: 'Allow a promotion that skips an environment (e.g. dev → prod).' },
        {
            input: 'allow-chart-downgrade',
            kind: 'bool',
            default: 'false',
            docs: "Allow a promotion that lowers the target's chart version (a rollback with from ref:<tag-or-sha> needs no allowance).",
        },
        {
            input: 'allow-image-downgrade',
            kind: 'bool',
            default: 'false',
            docs: 'Allow a promotion that lowers an image tag the target runs, in SemVer order (a rollback with from ref:<tag-or-sha> needs no allowance).',
        },
        {
            input: 'require-checks',
            kind: 'list',
            docs: 'Names of check runs or commit statuses that must be green on the commit the source pins came from (comma-separated or one per line).',
        },
        {
            input: 'min-soak',
            kind: 'duration',
            config: {
                key: 'min-soak',
                where: 'environment',
                reader: 'duration',
                docs: 'Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m).',
            },
            docs: 'Soak time of the source environment (30m, 1h, 2d, 1h30m), overriding its config min-soak; a digest is promoted only once it has been pinned there on the base branch this long. A rollback (from ref:) never waits.',
        },
        {
            input: 'wait',
            kind: 'choice',
            choices: ['refuse', 'draft'],
            config: {
                key: 'wait',
                where: 'environment',
                default: 'refuse',
                docs: 'A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.',
            },
            docs: "A promotion before the soak time has passed - refuse (the default) or draft (open the pull request as a draft without auto-merge). Overrides the source environment's config wait.",
        },
        {
            input: 'break-glass-label',
            kind: 'string',
            default: 'break-glass',
            docs: "The label that lets the promotion pull request through the target's promotion windows and freezes (who added it, and when, is recorded in the pull request body).",
        },
        {
            input: 'github-token',
            kind: 'secret',
            default: '${{ github.token }}',
            docs: 'Token to push and open the pull request (a GitHub App or PAT token where the pull request must trigger other workflows, or for another repository).',
        },
        {
            input: 'record',
            kind: 'string',
            docs: 'deployments to record instead of promoting - the promotion that landed on the base branch (a merged promotion pull request or a direct push, found by its Lockstep-Generated trailer) becomes a GitHub Deployment of each environment it changed, with a success status, the previous one marked inactive. Run it on push to the default branch.',
        },
        {
            input: 'commit-mode',
            kind: 'choice',
            choices: ['git', 'api'],
            config: { key: 'commit-mode', where: 'top', default: 'git' },
            docs: "How the promotion commit is written: git pushes it; api creates it through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, as a 'require signed commits' ruleset needs. Empty: the config's commit-mode, else git.",
        },
        ...SIGNING_SETTINGS,
        {
            input: 'dry-run',
            kind: 'bool',
            default: 'false',
            docs: 'Print the unified diff and the drift table; write, push and call nothing that mutates.',
        },
        {
            input: 'config',
            kind: 'path',
            default: '.github/lockstep.yml',
            docs: 'Path of the lockstep configuration file, relative to working-directory.',
        },
        { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
    ],
};


/***/ }),

/***/ 6355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ VALIDATE_KEY),
/* harmony export */   _y: () => (/* binding */ secretInputs),
/* harmony export */   hG: () => (/* binding */ RENDER_KEY),
/* harmony export */   uN: () => (/* binding */ VALUES_CONTRACT_KEY)
/* harmony export */ });
/* unused harmony exports pick, settingOf */
// One declaration per setting (issue 37): each operation's inputs are one table of these
// entries, and everything that spells a setting is made from it — each action.yml's
// `inputs:` block and its README table (scripts/write-settings.ts), the CLI's flags
// (packages/cli/src/flags.ts), which inputs are masked as secrets, and the config keys an
// input overrides (resolveSettings). This floor sits below operations/ and above config/:
// it imports no operation, action or report module.
/** The entries of `table` named in `inputs`, in the table's order: a command that takes part of an action's inputs. */
function pick(table, operation, inputs) {
    const all = table.settings;
    const missing = inputs.filter((i) => !all.some((s) => s.input === i));
    if (missing.length > 0)
        throw new Error(`${table.action} has no input ${missing.join(', ')}`);
    const settings = all.filter((s) => inputs.includes(s.input));
    return { operation, action: table.action, settings: settings };
}
/** The inputs of `table` that hold secrets: masked before anything else reads them, and never flags. */
function secretInputs(table) {
    return table.settings.filter((s) => s.kind === 'secret').map((s) => s.input);
}
/** The setting of `input` in `table` (a programming error when there is none). */
function settingOf(table, input) {
    const s = table.settings.find((x) => x.input === input);
    if (!s)
        throw new Error(`${table.action} has no input ${input}`);
    return s;
}
/**
 * `validate`, the config key both chart-bump-check's and promote-env's `validate` inputs override: one
 * declaration, so the two entries cannot drift apart in place, default or docs.
 */
const VALIDATE_KEY = {
    key: 'validate',
    where: 'environment',
    defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
    docs: "Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn).",
};
/**
 * `values-contract`, an environment's mode for keys its values set that no template of its chart reads (the top
 * of the file's `values-contract:` for every environment that sets none; settings/config-keys.ts declares it there).
 */
const VALUES_CONTRACT_KEY = {
    key: 'values-contract',
    where: 'environment',
    defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
    docs: "Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn).",
};
/**
 * `render`, the config key both chart-bump-check's and promote-env's `render` inputs override: an environment's
 * mode, else the top-level `render:`'s (a mode, or a mapping whose `mode` it is), else auto.
 */
const RENDER_KEY = {
    key: 'render',
    where: 'environment',
    default: 'auto',
    topField: ['render', 'mode'],
    docs: "Rendered manifest diffs for this environment (default: the top level's render mode).",
};


/***/ }),

/***/ 1703:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 7841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ SUMMARY_CAP),
/* harmony export */   QQ: () => (/* binding */ describeOmitted),
/* harmony export */   bs: () => (/* binding */ OUTPUT_CAP),
/* harmony export */   ix: () => (/* binding */ BODY_CAP),
/* harmony export */   u8: () => (/* binding */ fitToBytes)
/* harmony export */ });
/* unused harmony exports LOG_LINES_CAP, headLines */
/* harmony import */ var _parts_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3491);

/**
 * Size limits the runner enforces, and the cuts that keep lockstep under them.
 * GitHub drops a step's whole job summary over 1 MiB ("upload aborted") and
 * drops or cuts a step output over 1 MB, so a huge release must be shortened
 * here, at a line boundary and with a note saying what was left out, rather
 * than lost there. Sizes are UTF-8 bytes: that is what the runner counts.
 */
/** Characters GitHub takes in a pull request, issue or comment body: it refuses longer ones (422 "body is too long"). */
const BODY_CAP = 65_536;
/** Bytes of job summary one step may write: under GitHub's 1 MiB, with room for what the runner adds. */
const SUMMARY_CAP = 1_000_000;
/** Bytes one step output may hold: GitHub's limit is "1 MB", read as the smaller 10^6, minus headroom. */
const OUTPUT_CAP = 1_000_000;
/** Lines of a diff or of release notes printed to the log before the rest is summarised in one line. */
const LOG_LINES_CAP = 1_000;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;
const DETAILS_OPEN = /<details\b/gi;
const DETAILS_CLOSE = /<\/details>/gi;
/** What is left open at the end of `text`: the code fence (its marker) and how many <details> blocks. */
function openBlocks(text) {
    let fence;
    let details = 0;
    let from = 0;
    const count = (end) => {
        const seg = text.slice(from, end);
        details = Math.max(0, details + (seg.match(DETAILS_OPEN)?.length ?? 0) - (seg.match(DETAILS_CLOSE)?.length ?? 0));
    };
    for (const m of text.matchAll(FENCE)) {
        const marker = m[1];
        if (fence === undefined) {
            count(m.index);
            fence = marker;
        }
        else if (marker[0] === fence[0] && marker.length >= fence.length && m[2].trim() === '') {
            fence = undefined;
            from = m.index + m[0].length;
        }
    }
    if (fence === undefined)
        count(text.length);
    return { fence, details };
}
/**
 * Fits `text` into `maxBytes` UTF-8 bytes: unchanged when it fits, else cut
 * at a line boundary (so no table row is split), any open code fence and
 * `<details>` block closed, and `note(omitted)` added as the last line. When
 * not even the note fits, the result is empty. Text given in parts is fitted
 * as their concatenation, without making it: a long release's summary is its
 * notes with a few lines around them, and joining them would copy the notes
 * only to keep their first megabyte.
 */
function fitToBytes(text, maxBytes, note) {
    const parts = typeof text === 'string' ? [text] : text;
    let total = 0;
    for (const p of parts)
        total += Buffer.byteLength(p, 'utf8');
    if (total <= maxBytes)
        return { text: typeof text === 'string' ? text : text.join('') };
    // maxBytes UTF-16 units give at least maxBytes bytes: the cut is in this head, and encoding it into fewer bytes
    // stops before its end (where a surrogate pair may be cut in two).
    const whole = (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .textHead */ .Up)(parts, maxBytes);
    // A newline byte is a newline character and nothing else in UTF-8, so lines are counted in the string.
    let lines = 1;
    for (const p of parts)
        lines += newlines(p);
    // The note's length depends on the counts; the largest counts bound it.
    const noteBound = Buffer.byteLength(note({ lines, bytes: total }), 'utf8') + 1;
    const room = maxBytes - noteBound;
    // Bytes, not UTF-16 units, decide the cut: the head is encoded once to learn how much of it fits in `room` bytes
    // (a character is never split), and never decoded back — the text kept is a slice of the head. The cut is the
    // last newline that fits: the lines ending before it are kept, bytes [0, cutBytes) plus the newline.
    const fits = room > 0 ? new TextEncoder().encodeInto(whole, new Uint8Array(room)) : { read: 0, written: 0 };
    let cut = fits.read > 0 ? whole.lastIndexOf('\n', fits.read - 1) : -1;
    let cutBytes = cut < 0 ? -1 : fits.written - Buffer.byteLength(whole.slice(cut, fits.read), 'utf8');
    for (;;) {
        if (cut < 0)
            return { text: '', omitted: { lines, bytes: total } };
        const kept = whole.slice(0, cut);
        const open = openBlocks(kept);
        const tail = [];
        if (open.fence)
            tail.push(open.fence);
        // A blank line first: GitHub renders Markdown after an HTML block only when a blank line ends it.
        if (open.details)
            tail.push('', ...Array.from({ length: open.details }, () => '</details>'));
        const closing = tail.reduce((n, l) => n + l.length + 1, 0);
        if (cutBytes + 1 + closing + noteBound <= maxBytes) {
            // The lines after the newline at `cut`: all of them but the kept ones and that newline's.
            const omitted = { lines: lines - newlines(kept) - 1, bytes: total - cutBytes - 1 };
            return { text: [kept, ...tail, note(omitted)].join('\n'), omitted };
        }
        // The closing lines do not fit after these: one line fewer.
        const before = cut > 0 ? whole.lastIndexOf('\n', cut - 1) : -1;
        cutBytes = before < 0 ? -1 : cutBytes - Buffer.byteLength(whole.slice(before, cut), 'utf8');
        cut = before;
    }
}
/** How many `\n` a text holds. */
function newlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * The first `max` lines of `text`, and how many lines were left out. A text
 * in parts is read in place: only the lines kept are joined.
 */
function headLines(text, max) {
    const t = viewText(text);
    let at = -1;
    for (let i = 0; i < max; i++) {
        at = t.indexOf('\n', at + 1);
        if (at === -1)
            return { text: joinText(text), more: 0 };
    }
    if (at + 1 === t.length)
        return { text: joinText(text), more: 0 };
    let more = t.endsWith('\n') ? 0 : 1;
    for (let i = t.indexOf('\n', at + 1); i !== -1; i = t.indexOf('\n', i + 1))
        more++;
    return { text: t.slice(0, at), more };
}
/** "1 line" / "2 lines", "980 KiB": the counts of a note. */
function describeOmitted(o) {
    const size = o.bytes >= 1024 * 1024 ? `${(o.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(o.bytes / 1024))} KiB`;
    return `${o.lines} ${o.lines === 1 ? 'line' : 'lines'} (${size})`;
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
}


/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export splitListLines */
/**
 * Splits a multi-line or comma-separated input into trimmed items: the one
 * list language of every action. A comma inside braces is part of a glob
 * (`charts/{api,worker}`), not a separator.
 */
function splitList(raw) {
    return splitListLines(raw).map((i) => i.item);
}
/** splitList, with the 1-based line each item came from (for messages like "images line 3"). */
function splitListLines(raw) {
    return raw.split(/\r?\n/).flatMap((l, i) => splitOutsideBraces(l.replace(/(^|\s)#.*$/, ''))
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((item) => ({ item, line: i + 1 })));
}
function splitOutsideBraces(line) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\')
            i++; // an escaped character is never structure
        else if (c === '{')
            depth++;
        else if (c === '}' && depth > 0)
            depth--;
        else if (c === ',' && depth === 0) {
            out.push(line.slice(start, i));
            start = i + 1;
        }
    }
    out.push(line.slice(start));
    return out;
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony export escapeLinesForLog */
/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';
const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(LEADING_COMMAND, '$1: :')
        .replace(/##\[/g, '# #[');
}
/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
function escapeLinesForLog(s) {
    return s
        .split(/\r\n|\r|\n/)
        .map(escapeForLog)
        .join('\n');
}


/***/ }),

/***/ 9888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* unused harmony exports escapeTableCell, inertNotes, inertNotesText */
/* harmony import */ var _mentions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8274);

// Untrusted text in Markdown (job summaries, PR bodies, PR comments): chart names, versions, paths, values
// keys, changelog text, API replies, commit messages, tool output. Each function below makes such text read
// as what it says wherever it lands: no heading, list, link, image, emphasis, code span, table column or
// HTML can come out of it, and no mention or closing keyword aimed at another repository acts (mentions.ts).
// lockstep's own markup is written around the escaped text, never through it.
const BREAK = /\r\n|\r|\n/g;
/** `&`, `<` and `>` as entities: no raw HTML (an <img>, a closing </details>) and no <autolink>. */
function escapeHtmlChars(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Backslash before every character that could open inline markup: `\`
 * itself, code spans, `*` emphasis, `[` `]` (so no link or image can open:
 * `!` and `(` `)` are plain text once they cannot, and stay unescaped so
 * "file(s)" reads the same in the Markdown source) and `|` (a table column).
 * `_` is escaped where it could open or close emphasis: not inside a word
 * (`values_prod`), where CommonMark never reads it as markup, so a URL with
 * an underscore stays one link.
 */
function escapeInline(s) {
    // Text without `_` skips the Unicode-aware pattern, which V8 builds its letter and digit tables for
    // where the literal is evaluated (0.4–0.6 ms of a refusal's start-up, measured; so not at module level);
    // for such text both patterns match the same characters.
    const markup = s.includes('_') ? /[\\`*[\]|]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu : /[\\`*[\]|]/g;
    return s.replace(markup, (c) => `\\${c}`);
}
/**
 * Inline Markdown text: untrusted text shown literally inside a sentence,
 * a list item or a heading. HTML characters become entities, inline markup
 * is backslash-escaped, and line breaks are folded to ` ⏎ ` (as escapeForLog
 * does in the log), so nothing can start a block of its own. At the start,
 * where it could still open a block inside a list item (`- # h`, `- - x`,
 * `- 1. x`), a `#`, `-`, `+`, `=` or ordered-list marker is escaped too.
 */
function escapeMarkdown(s) {
    return escapeInline(escapeHtmlChars((0,_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .x)(s)))
        .replace(BREAK, ' ⏎ ')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
/**
 * A GFM table cell: escapeMarkdown's HTML and inline escaping (its `\|`
 * keeps the row's columns), line breaks as `<br>` so a cell of several
 * lines (one file per line) stays one table row.
 */
function escapeTableCell(s) {
    return escapeInline(escapeHtmlChars((0,_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .x)(s))).replace(BREAK, '<br>');
}
/**
 * A code span around untrusted text. Inside one, Markdown and entities are
 * not read, so only what could end it or the block it is in is changed: a
 * backtick becomes `'`, a line break ` ⏎ `, and in a table cell (`inTable`)
 * `|` becomes `\|` (GFM splits a row at `|` before it reads code spans).
 */
function codeSpan(s, inTable = false) {
    const text = s.replace(/`/g, "'").replace(BREAK, ' ⏎ ');
    return `\`${inTable ? text.replace(/\|/g, '\\|') : text}\``;
}
/**
 * A fenced code block whose fence no line of `text` can close: one
 * backtick longer than the longest run of backticks in it (at least three).
 */
function codeBlock(text, info = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${text}\n${fence}`;
}
/**
 * Release notes, which are Markdown on purpose (headings, lists, links to
 * commits and pull requests, emphasis), made inert where they are shown in
 * a job summary or a PR body: no raw HTML (an `<img>`, a `</details>` that
 * would end the summary's fold, a comment hiding text) and no image (a
 * remote image is a tracking pixel in every viewer's browser). A `<` that
 * starts a tag becomes `&lt;` and an image's `![` becomes `!\[`, each only
 * where a backslash does not already escape it, and mentions and closing
 * keywords aimed at other repositories are made inert; everything else is kept.
 * CHANGELOG.md and the GitHub Release keep the notes as they are.
 */
function inertNotes(markdown) {
    return inertReferences(markdown)
        .replace(/(?<!\\)((?:\\\\)*)<(?=[A-Za-z/!?])/g, '$1&lt;')
        .replace(/(?<!\\)((?:\\\\)*)!\[/g, '$1!\\[');
}
/**
 * inertNotes of notes in parts, part by part when every two parts meet at a
 * line break (what inertNotes changes depends only on the line it is in: a
 * run of backslashes and the character after a `<`), so a long release's
 * notes are not joined whole for it; joined first otherwise.
 */
function inertNotesText(notes) {
    if (typeof notes === 'string')
        return inertNotes(notes);
    // Empty parts join nothing: each non-empty part is checked against the non-empty one before it.
    let before;
    for (const part of notes) {
        if (part === '')
            continue;
        if (before !== undefined && !before.endsWith('\n') && !part.startsWith('\n'))
            return inertNotes(notes.join(''));
        before = part;
    }
    return notes.map(inertNotes);
}
/** Escapes HTML characters and `|` (for callers outside the summaries, which use escapeMarkdown and escapeTableCell). */
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}
/** A Markdown table for the job summary; every header and cell is plain text, escaped (escapeTableCell). */
function markdownTable(headers, rows) {
    const cell = (v) => escapeTableCell(String(v));
    const lines = [
        `| ${headers.map(cell).join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ];
    return lines.join('\n');
}


/***/ }),

/***/ 8274:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ inertReferences)
/* harmony export */ });
// Text copied from commits, pull request titles and changelogs into what GitHub renders (a release PR
// body, a promotion PR body, a trail comment, a job summary) must not act there: an `@octocat` or
// `@acme/everyone` notifies the user or the whole team, and `closes other-org/repo#1` closes another
// repository's issue when the pull request merges. Both are made inert with a zero-width joiner (U+200D),
// invisible where the text is read: after the `@` of a mention, and inside the closing keyword before a
// reference to another repository (`owner/repo#N`, or an issue or pull request URL). `#N` stays a link
// to this repository, and so does `closes #N`: that is this repository's own issue.
const ZWJ = '\u200d';
/**
 * A mention as GitHub reads one: `@` at the start or after a character that
 * is not a letter, digit or `_` (so `a@b.com` is an address, not a mention),
 * then a user or organisation name (letters, digits, `-`), optionally
 * `/team`. `@` followed by anything else (`@ `, `@@`, `@-`) mentions no one.
 */
const MENTION = /(^|[^A-Za-z0-9_\u200d])@(?=[A-Za-z0-9])/g;
/**
 * A closing keyword (close, closes, closed, fix, fixes, fixed, resolve,
 * resolves, resolved; any case; an optional colon) directly before a
 * reference to another repository: `owner/repo#12`, or a URL of an issue or
 * pull request. The keyword is matched whole (`prefixes` is no keyword).
 */
const FOREIGN_CLOSE = /(?<![A-Za-z0-9_])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?=\s*:?\s*(?:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+#\d|<?https?:\/\/[^\s/]+\/[^\s/]+\/[^\s/]+\/(?:issues|pull)\/\d))/gi;
/**
 * Untrusted text with its mentions and its closing keywords aimed at other
 * repositories made inert (a zero-width joiner inserted; nothing else
 * changes). Apply it to plain text before escaping it as Markdown, or to
 * Markdown lockstep wrote around such text.
 */
function inertReferences(s) {
    // Most text (names, versions, paths) holds neither an `@` nor a reference: left as it is without a scan.
    if (!s.includes('@') && !s.includes('#') && !s.includes('://'))
        return s;
    return s.replace(MENTION, `$1@${ZWJ}`).replace(FOREIGN_CLOSE, (keyword) => `${keyword[0]}${ZWJ}${keyword.slice(1)}`);
}


/***/ }),

/***/ 3491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   TO: () => (/* binding */ viewText),
/* harmony export */   Up: () => (/* binding */ textHead),
/* harmony export */   _V: () => (/* binding */ joinText)
/* harmony export */ });
/* unused harmony exports textLength, PartsView */
/** The text's length in UTF-16 units. */
function textLength(t) {
    if (typeof t === 'string')
        return t.length;
    let n = 0;
    for (const p of t)
        n += p.length;
    return n;
}
/** The text as one string (joins parts: only where the whole is needed). */
function joinText(t) {
    return typeof t === 'string' ? t : t.join('');
}
/** Whether two texts (or absent files) are the same characters, joining only when their lengths are equal. */
function sameText(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined)
        return false;
    if (textLength(a) !== textLength(b))
        return false;
    return joinText(a) === joinText(b);
}
/** The first `max` UTF-16 units of the text (all of it when shorter), joining only those. */
function textHead(t, max) {
    if (typeof t === 'string')
        return t.length > max ? t.slice(0, max) : t;
    if (t.length === 1)
        return textHead(t[0], max);
    let out = '';
    for (const p of t) {
        const room = max - out.length;
        if (room <= 0)
            break;
        out += p.length > room ? p.slice(0, room) : p;
    }
    return out;
}
/**
 * A read-only view of a text in parts with the string methods a line walk
 * needs (`length`, `slice`, `startsWith`, `endsWith`, `indexOf` of one
 * character), reading the parts in place: a slice spanning parts is the only
 * string it makes.
 */
class PartsView {
    length;
    parts;
    /** Where each part starts in the text. */
    starts;
    constructor(parts) {
        this.parts = parts.filter((p) => p !== '');
        this.starts = [];
        let n = 0;
        for (const p of this.parts) {
            this.starts.push(n);
            n += p.length;
        }
        this.length = n;
    }
    /** The index of the part holding position `pos` (0 ≤ pos < length). */
    partAt(pos) {
        let lo = 0;
        let hi = this.parts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** As String.prototype.slice with 0 ≤ from ≤ to (to defaults to the end; both clamped to the text). */
    slice(from, to = this.length) {
        from = Math.max(0, Math.min(from, this.length));
        to = Math.max(from, Math.min(to, this.length));
        if (from === to)
            return '';
        let k = this.partAt(from);
        let out = '';
        for (let pos = from; pos < to; k++) {
            const start = this.starts[k];
            const piece = this.parts[k].slice(pos - start, to - start);
            out += piece;
            pos += piece.length;
        }
        return out;
    }
    /** As String.prototype.startsWith with a position. */
    startsWith(s, pos = 0) {
        if (pos < 0 || pos + s.length > this.length)
            return false;
        return this.slice(pos, pos + s.length) === s;
    }
    /** As String.prototype.endsWith without a position. */
    endsWith(s) {
        return this.startsWith(s, this.length - s.length);
    }
    /** As String.prototype.indexOf for one character: the first position ≥ from holding it, or -1. */
    indexOf(ch, from = 0) {
        if (ch.length !== 1)
            throw new Error('PartsView.indexOf looks for one character');
        if (from >= this.length)
            return -1;
        for (let k = this.partAt(Math.max(0, from)); k < this.parts.length; k++) {
            const start = this.starts[k];
            const at = this.parts[k].indexOf(ch, Math.max(0, from - start));
            if (at !== -1)
                return start + at;
        }
        return -1;
    }
}
/** A TextView of the text. */
function viewText(t) {
    return typeof t === 'string' ? t : new PartsView(t);
}


/***/ }),

/***/ 1068:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony export secretForms */
// Light on purpose: the failure path of every action and the CLI's output load it, not the GitHub client.
/** Every encoding of `secret` that could leak through a message: raw, URL-encoded, base64 (also as Basic credentials). */
function secretForms(secret) {
    if (!secret)
        return [];
    const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
    const forms = [
        secret,
        encodeURIComponent(secret),
        b64(secret),
        Buffer.from(secret, 'utf8').toString('base64url'),
        b64(`x-access-token:${secret}`),
        b64(`:${secret}`),
    ];
    // Base64 of a longer text holding the secret shares no fixed substring, but
    // padding-stripped forms do appear inside other encodings.
    return [...new Set(forms.flatMap((f) => [f, f.replace(/=+$/, '')]).filter((f) => f.length >= 4))].sort((a, b) => b.length - a.length);
}
/** Replaces every known form of each secret in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    for (const s of [...secrets].flatMap(secretForms))
        out = out.split(s).join('***');
    return out;
}


/***/ }),

/***/ 4619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);

/**
 * The candidate closest to `word` by edit distance, when it is close enough
 * to be a likely typo (at most a third of the longer word, at least 1 edit
 * allowed, at most 4); undefined otherwise. Ties go to the earlier candidate.
 */
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        if (c === word)
            return c;
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(word.toLowerCase(), c.toLowerCase());
        const limit = Math.min(4, Math.max(1, Math.floor(Math.max(word.length, c.length) / 3)));
        if (d <= limit && d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/** ' (did you mean X?)' for the nearest candidate, or '' when none is close. */
function didYouMean(word, candidates) {
    const n = nearest(word, candidates);
    return n === undefined || n === word ? '' : ` (did you mean ${n}?)`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(978);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
