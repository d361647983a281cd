import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  CLOUD,
  ComponentKind,
  DEFAULTS,
  InputError,
  J_PER_KWH,
  RunLogError,
  SOCIAL_COST,
  SUMMARY_SCHEMA,
  Summary,
  VERSION,
  ZONES,
  countryOf,
  cpuPowerModel,
  cpuShares,
  cpuUtil,
  describeModel,
  dramPowerModel,
  dramShare,
  estimateModels,
  external_exports,
  findZone,
  formatEnergy,
  formatGrams,
  formatKwh,
  formatValue,
  gpuShare,
  hostMemTotal,
  hostPath,
  hostRoot,
  isNodeFile,
  modelPower,
  pText,
  pValue,
  parseCsv,
  parseReading,
  pct,
  probeAmd,
  probeNvidiaSmi,
  probeNvml,
  readCpuModel,
  readNsPids,
  readRunLog,
  resolveCarbon,
  sig,
  signedPct,
  socialCostFor,
  summarize
} from "./chunk-IZ2DSWQD.js";
import {
  discoverRaplSync,
  parseCounter,
  parseProcStat,
  zonePath
} from "./chunk-ZT36PZ5S.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-GMPB3SXE.js";

// node_modules/@stdlib/utils-define-property/lib/define_property.js
var require_define_property = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/define_property.js"(exports, module) {
    "use strict";
    var main = typeof Object.defineProperty === "function" ? Object.defineProperty : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js
var require_has_define_property_support = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js"(exports, module) {
    "use strict";
    var defineProperty = require_define_property();
    function hasDefinePropertySupport() {
      try {
        defineProperty({}, "x", {});
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = hasDefinePropertySupport;
  }
});

// node_modules/@stdlib/utils-define-property/lib/builtin.js
var require_builtin = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/builtin.js"(exports, module) {
    "use strict";
    var defineProperty = Object.defineProperty;
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js
var require_is_number = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js"(exports, module) {
    "use strict";
    function isNumber(value) {
      return typeof value === "number";
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js
var require_zero_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js"(exports, module) {
    "use strict";
    function startsWithMinus(str) {
      return str[0] === "-";
    }
    function zeros(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += "0";
      }
      return out;
    }
    function zeroPad(str, width, right) {
      var negative = false;
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      if (startsWithMinus(str)) {
        negative = true;
        str = str.substr(1);
      }
      str = right ? str + zeros(pad) : zeros(pad) + str;
      if (negative) {
        str = "-" + str;
      }
      return str;
    }
    module.exports = zeroPad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js
var require_format_integer = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var zeroPad = require_zero_pad();
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    function formatInteger(token) {
      var base;
      var out;
      var i;
      switch (token.specifier) {
        case "b":
          base = 2;
          break;
        case "o":
          base = 8;
          break;
        case "x":
        case "X":
          base = 16;
          break;
        case "d":
        case "i":
        case "u":
        default:
          base = 10;
          break;
      }
      out = token.arg;
      i = parseInt(out, 10);
      if (!isFinite(i)) {
        if (!isNumber(out)) {
          throw new Error("invalid integer. Value: " + out);
        }
        i = 0;
      }
      if (i < 0 && (token.specifier === "u" || base !== 10)) {
        i = 4294967295 + i + 1;
      }
      if (i < 0) {
        out = (-i).toString(base);
        if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        out = "-" + out;
      } else {
        out = i.toString(base);
        if (!i && !token.precision) {
          out = "";
        } else if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        if (token.sign) {
          out = token.sign + out;
        }
      }
      if (base === 16) {
        if (token.alternate) {
          out = "0x" + out;
        }
        out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      }
      if (base === 8) {
        if (token.alternate && out.charAt(0) !== "0") {
          out = "0" + out;
        }
      }
      return out;
    }
    module.exports = formatInteger;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js
var require_is_string = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js
var require_format_double = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js"(exports, module) {
    "use strict";
    var abs = Math.abs;
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    var replace = String.prototype.replace;
    var RE_EXP_POS_DIGITS = /e\+(\d)$/;
    var RE_EXP_NEG_DIGITS = /e-(\d)$/;
    var RE_ONLY_DIGITS = /^(\d+)$/;
    var RE_DIGITS_BEFORE_EXP = /^(\d+)e/;
    var RE_TRAILING_PERIOD_ZERO = /\.0$/;
    var RE_PERIOD_ZERO_EXP = /\.0*e/;
    var RE_ZERO_BEFORE_EXP = /(\..*[^0])0*e/;
    function formatDouble(f, token) {
      var digits;
      var out;
      switch (token.specifier) {
        case "e":
        case "E":
          out = f.toExponential(token.precision);
          break;
        case "f":
        case "F":
          out = f.toFixed(token.precision);
          break;
        case "g":
        case "G":
          if (abs(f) < 1e-4) {
            digits = token.precision;
            if (digits > 0) {
              digits -= 1;
            }
            out = f.toExponential(digits);
          } else {
            out = f.toPrecision(token.precision);
          }
          if (!token.alternate) {
            out = replace.call(out, RE_ZERO_BEFORE_EXP, "$1e");
            out = replace.call(out, RE_PERIOD_ZERO_EXP, "e");
            out = replace.call(out, RE_TRAILING_PERIOD_ZERO, "");
          }
          break;
        default:
          throw new Error("invalid double notation. Value: " + token.specifier);
      }
      out = replace.call(out, RE_EXP_POS_DIGITS, "e+0$1");
      out = replace.call(out, RE_EXP_NEG_DIGITS, "e-0$1");
      if (token.alternate) {
        out = replace.call(out, RE_ONLY_DIGITS, "$1.");
        out = replace.call(out, RE_DIGITS_BEFORE_EXP, "$1.e");
      }
      if (f >= 0 && token.sign) {
        out = token.sign + out;
      }
      out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      return out;
    }
    module.exports = formatDouble;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js
var require_space_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js"(exports, module) {
    "use strict";
    function spaces(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += " ";
      }
      return out;
    }
    function spacePad(str, width, right) {
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      str = right ? str + spaces(pad) : spaces(pad) + str;
      return str;
    }
    module.exports = spacePad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/main.js
var require_main = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/main.js"(exports, module) {
    "use strict";
    var formatInteger = require_format_integer();
    var isString = require_is_string();
    var isNumber = require_is_number();
    var formatDouble = require_format_double();
    var spacePad = require_space_pad();
    var zeroPad = require_zero_pad();
    var fromCharCode = String.fromCharCode;
    var isArray = Array.isArray;
    function isnan(value) {
      return value !== value;
    }
    function initialize(token) {
      var out = {};
      out.specifier = token.specifier;
      out.precision = token.precision === void 0 ? 1 : token.precision;
      out.width = token.width;
      out.flags = token.flags || "";
      out.mapping = token.mapping;
      return out;
    }
    function formatInterpolate(tokens) {
      var hasPeriod;
      var flags;
      var token;
      var flag;
      var num2;
      var out;
      var pos;
      var f;
      var i;
      var j;
      if (!isArray(tokens)) {
        throw new TypeError("invalid argument. First argument must be an array. Value: `" + tokens + "`.");
      }
      out = "";
      pos = 1;
      for (i = 0; i < tokens.length; i++) {
        token = tokens[i];
        if (isString(token)) {
          out += token;
        } else {
          hasPeriod = token.precision !== void 0;
          token = initialize(token);
          if (!token.specifier) {
            throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `" + i + "`. Value: `" + token + "`.");
          }
          if (token.mapping) {
            pos = token.mapping;
          }
          flags = token.flags;
          for (j = 0; j < flags.length; j++) {
            flag = flags.charAt(j);
            switch (flag) {
              case " ":
                token.sign = " ";
                break;
              case "+":
                token.sign = "+";
                break;
              case "-":
                token.padRight = true;
                token.padZeros = false;
                break;
              case "0":
                token.padZeros = flags.indexOf("-") < 0;
                break;
              case "#":
                token.alternate = true;
                break;
              default:
                throw new Error("invalid flag: " + flag);
            }
          }
          if (token.width === "*") {
            token.width = parseInt(arguments[pos], 10);
            pos += 1;
            if (isnan(token.width)) {
              throw new TypeError("the argument for * width at position " + pos + " is not a number. Value: `" + token.width + "`.");
            }
            if (token.width < 0) {
              token.padRight = true;
              token.width = -token.width;
            }
          }
          if (hasPeriod) {
            if (token.precision === "*") {
              token.precision = parseInt(arguments[pos], 10);
              pos += 1;
              if (isnan(token.precision)) {
                throw new TypeError("the argument for * precision at position " + pos + " is not a number. Value: `" + token.precision + "`.");
              }
              if (token.precision < 0) {
                token.precision = 1;
                hasPeriod = false;
              }
            }
          }
          token.arg = arguments[pos];
          switch (token.specifier) {
            case "b":
            case "o":
            case "x":
            case "X":
            case "d":
            case "i":
            case "u":
              if (hasPeriod) {
                token.padZeros = false;
              }
              token.arg = formatInteger(token);
              break;
            case "s":
              token.maxWidth = hasPeriod ? token.precision : -1;
              token.arg = String(token.arg);
              break;
            case "c":
              if (!isnan(token.arg)) {
                num2 = parseInt(token.arg, 10);
                if (num2 < 0 || num2 > 127) {
                  throw new Error("invalid character code. Value: " + token.arg);
                }
                token.arg = isnan(num2) ? String(token.arg) : fromCharCode(num2);
              }
              break;
            case "e":
            case "E":
            case "f":
            case "F":
            case "g":
            case "G":
              if (!hasPeriod) {
                token.precision = 6;
              }
              f = parseFloat(token.arg);
              if (!isFinite(f)) {
                if (!isNumber(token.arg)) {
                  throw new Error("invalid floating-point number. Value: " + out);
                }
                f = token.arg;
                token.padZeros = false;
              }
              token.arg = formatDouble(f, token);
              break;
            default:
              throw new Error("invalid specifier: " + token.specifier);
          }
          if (token.maxWidth >= 0 && token.arg.length > token.maxWidth) {
            token.arg = token.arg.substring(0, token.maxWidth);
          }
          if (token.padZeros) {
            token.arg = zeroPad(token.arg, token.width || token.precision, token.padRight);
          } else if (token.width) {
            token.arg = spacePad(token.arg, token.width, token.padRight);
          }
          out += token.arg || "";
          pos += 1;
        }
      }
      return out;
    }
    module.exports = formatInterpolate;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/index.js
var require_lib = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/main.js
var require_main2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/main.js"(exports, module) {
    "use strict";
    var RE = /%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;
    function parse(match) {
      var token = {
        "mapping": match[1] ? parseInt(match[1], 10) : void 0,
        "flags": match[2],
        "width": match[3],
        "precision": match[5],
        "specifier": match[6]
      };
      if (match[4] === "." && match[5] === void 0) {
        token.precision = "1";
      }
      return token;
    }
    function formatTokenize(str) {
      var content;
      var tokens;
      var match;
      var prev;
      tokens = [];
      prev = 0;
      match = RE.exec(str);
      while (match) {
        content = str.slice(prev, RE.lastIndex - match[0].length);
        if (content.length) {
          tokens.push(content);
        }
        if (match[6] === "%") {
          tokens.push("%");
        } else {
          tokens.push(parse(match));
        }
        prev = RE.lastIndex;
        match = RE.exec(str);
      }
      content = str.slice(prev);
      if (content.length) {
        tokens.push(content);
      }
      return tokens;
    }
    module.exports = formatTokenize;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main2();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-format/lib/is_string.js
var require_is_string2 = __commonJS({
  "node_modules/@stdlib/string-format/lib/is_string.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-format/lib/main.js
var require_main3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/main.js"(exports, module) {
    "use strict";
    var interpolate = require_lib();
    var tokenize = require_lib2();
    var isString = require_is_string2();
    function format(str) {
      var args;
      var i;
      if (!isString(str)) {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", str));
      }
      args = [tokenize(str)];
      for (i = 1; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return interpolate.apply(null, args);
    }
    module.exports = format;
  }
});

// node_modules/@stdlib/string-format/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main3();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/polyfill.js
var require_polyfill = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/polyfill.js"(exports, module) {
    "use strict";
    var format = require_lib3();
    var objectProtoype = Object.prototype;
    var toStr = objectProtoype.toString;
    var defineGetter = objectProtoype.__defineGetter__;
    var defineSetter = objectProtoype.__defineSetter__;
    var lookupGetter = objectProtoype.__lookupGetter__;
    var lookupSetter = objectProtoype.__lookupSetter__;
    function defineProperty(obj, prop, descriptor) {
      var prototype;
      var hasValue;
      var hasGet;
      var hasSet;
      if (typeof obj !== "object" || obj === null || toStr.call(obj) === "[object Array]") {
        throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.", obj));
      }
      if (typeof descriptor !== "object" || descriptor === null || toStr.call(descriptor) === "[object Array]") {
        throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.", descriptor));
      }
      hasValue = "value" in descriptor;
      if (hasValue) {
        if (lookupGetter.call(obj, prop) || lookupSetter.call(obj, prop)) {
          prototype = obj.__proto__;
          obj.__proto__ = objectProtoype;
          delete obj[prop];
          obj[prop] = descriptor.value;
          obj.__proto__ = prototype;
        } else {
          obj[prop] = descriptor.value;
        }
      }
      hasGet = "get" in descriptor;
      hasSet = "set" in descriptor;
      if (hasValue && (hasGet || hasSet)) {
        throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");
      }
      if (hasGet && defineGetter) {
        defineGetter.call(obj, prop, descriptor.get);
      }
      if (hasSet && defineSetter) {
        defineSetter.call(obj, prop, descriptor.set);
      }
      return obj;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-property/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/index.js"(exports, module) {
    "use strict";
    var hasDefinePropertySupport = require_has_define_property_support();
    var builtin = require_builtin();
    var polyfill = require_polyfill();
    var defineProperty;
    if (hasDefinePropertySupport()) {
      defineProperty = builtin;
    } else {
      defineProperty = polyfill;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js
var require_main4 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib4();
    function setNonEnumerableReadOnly(obj, prop, value) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "writable": false,
        "value": value
      });
    }
    module.exports = setNonEnumerableReadOnly;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js
var require_lib5 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main4();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/main.js
var require_main5 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/main.js"(exports, module) {
    "use strict";
    function isnan(x) {
      return x !== x;
    }
    module.exports = isnan;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/index.js
var require_lib6 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main5();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/main.js
var require_main6 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/main.js"(exports, module) {
    "use strict";
    var floor = Math.floor;
    module.exports = floor;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/index.js
var require_lib7 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main6();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ceil/lib/main.js
var require_main7 = __commonJS({
  "node_modules/@stdlib/math-base-special-ceil/lib/main.js"(exports, module) {
    "use strict";
    var ceil = Math.ceil;
    module.exports = ceil;
  }
});

// node_modules/@stdlib/math-base-special-ceil/lib/index.js
var require_lib8 = __commonJS({
  "node_modules/@stdlib/math-base-special-ceil/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main7();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-trunc/lib/main.js
var require_main8 = __commonJS({
  "node_modules/@stdlib/math-base-special-trunc/lib/main.js"(exports, module) {
    "use strict";
    var floor = require_lib7();
    var ceil = require_lib8();
    function trunc(x) {
      if (x < 0) {
        return ceil(x);
      }
      return floor(x);
    }
    module.exports = trunc;
  }
});

// node_modules/@stdlib/math-base-special-trunc/lib/index.js
var require_lib9 = __commonJS({
  "node_modules/@stdlib/math-base-special-trunc/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main8();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-ctor/lib/main.js
var require_main9 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/main.js"(exports, module) {
    "use strict";
    module.exports = Number;
  }
});

// node_modules/@stdlib/number-ctor/lib/index.js
var require_lib10 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main9();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-ninf/lib/index.js
var require_lib11 = __commonJS({
  "node_modules/@stdlib/constants-float64-ninf/lib/index.js"(exports, module) {
    "use strict";
    var Number2 = require_lib10();
    var FLOAT64_NINF = Number2.NEGATIVE_INFINITY;
    module.exports = FLOAT64_NINF;
  }
});

// node_modules/@stdlib/constants-float64-pinf/lib/index.js
var require_lib12 = __commonJS({
  "node_modules/@stdlib/constants-float64-pinf/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_PINF = Number.POSITIVE_INFINITY;
    module.exports = FLOAT64_PINF;
  }
});

// node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js
var require_lib13 = __commonJS({
  "node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_EXPONENT_BIAS = 1023 | 0;
    module.exports = FLOAT64_EXPONENT_BIAS;
  }
});

// node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js
var require_lib14 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_BASE2_EXPONENT = 1023 | 0;
    module.exports = FLOAT64_MAX_BASE2_EXPONENT;
  }
});

// node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js
var require_lib15 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL = -1023 | 0;
    module.exports = FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL;
  }
});

// node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js
var require_lib16 = __commonJS({
  "node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL = -1074 | 0;
    module.exports = FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL;
  }
});

// node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js
var require_main10 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib12();
    var NINF = require_lib11();
    function isInfinite(x) {
      return x === PINF || x === NINF;
    }
    module.exports = isInfinite;
  }
});

// node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js
var require_lib17 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main10();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js
var require_lib18 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_SIGN_MASK = 2147483648 >>> 0;
    module.exports = FLOAT64_HIGH_WORD_SIGN_MASK;
  }
});

// node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js
var require_lib19 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_ABS_MASK = 2147483647 >>> 0;
    module.exports = FLOAT64_HIGH_WORD_ABS_MASK;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/main.js
var require_main11 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    function hasSymbolSupport() {
      return typeof Symbol === "function" && typeof /* @__PURE__ */ Symbol("foo") === "symbol";
    }
    module.exports = hasSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/index.js
var require_lib20 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main11();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js
var require_main12 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js"(exports, module) {
    "use strict";
    var hasSymbols = require_lib20();
    var FLG = hasSymbols();
    function hasToStringTagSupport() {
      return FLG && typeof Symbol.toStringTag === "symbol";
    }
    module.exports = hasToStringTagSupport;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js
var require_lib21 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main12();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostring.js
var require_tostring = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostring.js"(exports, module) {
    "use strict";
    var toStr = Object.prototype.toString;
    module.exports = toStr;
  }
});

// node_modules/@stdlib/utils-native-class/lib/main.js
var require_main13 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/main.js"(exports, module) {
    "use strict";
    var toStr = require_tostring();
    function nativeClass(v) {
      return toStr.call(v);
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/main.js
var require_main14 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/main.js"(exports, module) {
    "use strict";
    var has = Object.prototype.hasOwnProperty;
    function hasOwnProp(value, property) {
      if (value === void 0 || value === null) {
        return false;
      }
      return has.call(value, property);
    }
    module.exports = hasOwnProp;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/index.js
var require_lib22 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main14();
    module.exports = main;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/main.js
var require_main15 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Sym = typeof Symbol === "function" ? Symbol : void 0;
    module.exports = Sym;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/index.js
var require_lib23 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main15();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostringtag.js
var require_tostringtag = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostringtag.js"(exports, module) {
    "use strict";
    var Symbol2 = require_lib23();
    var toStrTag = typeof Symbol2 === "function" ? Symbol2.toStringTag : "";
    module.exports = toStrTag;
  }
});

// node_modules/@stdlib/utils-native-class/lib/polyfill.js
var require_polyfill2 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/polyfill.js"(exports, module) {
    "use strict";
    var hasOwnProp = require_lib22();
    var toStringTag = require_tostringtag();
    var toStr = require_tostring();
    function nativeClass(v) {
      var isOwn;
      var tag;
      var out;
      if (v === null || v === void 0) {
        return toStr.call(v);
      }
      tag = v[toStringTag];
      isOwn = hasOwnProp(v, toStringTag);
      try {
        v[toStringTag] = void 0;
      } catch (err) {
        return toStr.call(v);
      }
      out = toStr.call(v);
      if (isOwn) {
        v[toStringTag] = tag;
      } else {
        delete v[toStringTag];
      }
      return out;
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/utils-native-class/lib/index.js
var require_lib24 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/index.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib21();
    var builtin = require_main13();
    var polyfill = require_polyfill2();
    var main;
    if (hasToStringTag()) {
      main = polyfill;
    } else {
      main = builtin;
    }
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/main.js
var require_main16 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib24();
    var hasUint32Array = typeof Uint32Array === "function";
    function isUint32Array(value) {
      return hasUint32Array && value instanceof Uint32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint32Array]";
    }
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/index.js
var require_lib25 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/index.js"(exports, module) {
    "use strict";
    var isUint32Array = require_main16();
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/constants-uint32-max/lib/index.js
var require_lib26 = __commonJS({
  "node_modules/@stdlib/constants-uint32-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT32_MAX = 4294967295;
    module.exports = UINT32_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js
var require_uint32array = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js"(exports, module) {
    "use strict";
    var main = typeof Uint32Array === "function" ? Uint32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/main.js
var require_main17 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint32Array = require_lib25();
    var UINT32_MAX = require_lib26();
    var GlobalUint32Array = require_uint32array();
    function hasUint32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint32Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT32_MAX + 1, UINT32_MAX + 2];
        arr = new GlobalUint32Array(arr);
        bool = isUint32Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT32_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/index.js
var require_lib27 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint32ArraySupport = require_main17();
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/array-uint32/lib/main.js
var require_main18 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint32Array === "function" ? Uint32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint32/lib/polyfill.js
var require_polyfill3 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint32/lib/index.js
var require_lib28 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/index.js"(exports, module) {
    "use strict";
    var hasUint32ArraySupport = require_lib27();
    var builtin = require_main18();
    var polyfill = require_polyfill3();
    var ctor;
    if (hasUint32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/main.js
var require_main19 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib24();
    var hasFloat64Array = typeof Float64Array === "function";
    function isFloat64Array(value) {
      return hasFloat64Array && value instanceof Float64Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Float64Array]";
    }
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/index.js
var require_lib29 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/index.js"(exports, module) {
    "use strict";
    var isFloat64Array = require_main19();
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js
var require_float64array = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js"(exports, module) {
    "use strict";
    var main = typeof Float64Array === "function" ? Float64Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/main.js
var require_main20 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/main.js"(exports, module) {
    "use strict";
    var isFloat64Array = require_lib29();
    var GlobalFloat64Array = require_float64array();
    function hasFloat64ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalFloat64Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalFloat64Array([1, 3.14, -3.14, NaN]);
        bool = isFloat64Array(arr) && arr[0] === 1 && arr[1] === 3.14 && arr[2] === -3.14 && arr[3] !== arr[3];
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/index.js
var require_lib30 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat64ArraySupport = require_main20();
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/array-float64/lib/main.js
var require_main21 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Float64Array === "function" ? Float64Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-float64/lib/polyfill.js
var require_polyfill4 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-float64/lib/index.js
var require_lib31 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat64ArraySupport = require_lib30();
    var builtin = require_main21();
    var polyfill = require_polyfill4();
    var ctor;
    if (hasFloat64ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/main.js
var require_main22 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib24();
    var hasUint8Array = typeof Uint8Array === "function";
    function isUint8Array(value) {
      return hasUint8Array && value instanceof Uint8Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint8Array]";
    }
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/index.js
var require_lib32 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/index.js"(exports, module) {
    "use strict";
    var isUint8Array = require_main22();
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/constants-uint8-max/lib/index.js
var require_lib33 = __commonJS({
  "node_modules/@stdlib/constants-uint8-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT8_MAX = 255 | 0;
    module.exports = UINT8_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js
var require_uint8array = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js"(exports, module) {
    "use strict";
    var main = typeof Uint8Array === "function" ? Uint8Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/main.js
var require_main23 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint8Array = require_lib32();
    var UINT8_MAX = require_lib33();
    var GlobalUint8Array = require_uint8array();
    function hasUint8ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint8Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT8_MAX + 1, UINT8_MAX + 2];
        arr = new GlobalUint8Array(arr);
        bool = isUint8Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT8_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/index.js
var require_lib34 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ArraySupport = require_main23();
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/array-uint8/lib/main.js
var require_main24 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint8Array === "function" ? Uint8Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint8/lib/polyfill.js
var require_polyfill5 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint8/lib/index.js
var require_lib35 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ArraySupport = require_lib34();
    var builtin = require_main24();
    var polyfill = require_polyfill5();
    var ctor;
    if (hasUint8ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/main.js
var require_main25 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib24();
    var hasUint16Array = typeof Uint16Array === "function";
    function isUint16Array(value) {
      return hasUint16Array && value instanceof Uint16Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint16Array]";
    }
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/index.js
var require_lib36 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/index.js"(exports, module) {
    "use strict";
    var isUint16Array = require_main25();
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/constants-uint16-max/lib/index.js
var require_lib37 = __commonJS({
  "node_modules/@stdlib/constants-uint16-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT16_MAX = 65535 | 0;
    module.exports = UINT16_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js
var require_uint16array = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js"(exports, module) {
    "use strict";
    var main = typeof Uint16Array === "function" ? Uint16Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/main.js
var require_main26 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint16Array = require_lib36();
    var UINT16_MAX = require_lib37();
    var GlobalUint16Array = require_uint16array();
    function hasUint16ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint16Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT16_MAX + 1, UINT16_MAX + 2];
        arr = new GlobalUint16Array(arr);
        bool = isUint16Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT16_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/index.js
var require_lib38 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint16ArraySupport = require_main26();
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/array-uint16/lib/main.js
var require_main27 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint16Array === "function" ? Uint16Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint16/lib/polyfill.js
var require_polyfill6 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint16/lib/index.js
var require_lib39 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/index.js"(exports, module) {
    "use strict";
    var hasUint16ArraySupport = require_lib38();
    var builtin = require_main27();
    var polyfill = require_polyfill6();
    var ctor;
    if (hasUint16ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/ctors.js
var require_ctors = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/ctors.js"(exports, module) {
    "use strict";
    var Uint8Array2 = require_lib35();
    var Uint16Array2 = require_lib39();
    var ctors = {
      "uint16": Uint16Array2,
      "uint8": Uint8Array2
    };
    module.exports = ctors;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/main.js
var require_main28 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/main.js"(exports, module) {
    "use strict";
    var ctors = require_ctors();
    var bool;
    function isLittleEndian() {
      var uint16view;
      var uint8view;
      uint16view = new ctors["uint16"](1);
      uint16view[0] = 4660;
      uint8view = new ctors["uint8"](uint16view.buffer);
      return uint8view[0] === 52;
    }
    bool = isLittleEndian();
    module.exports = bool;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/index.js
var require_lib40 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/index.js"(exports, module) {
    "use strict";
    var IS_LITTLE_ENDIAN = require_main28();
    module.exports = IS_LITTLE_ENDIAN;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/indices.js
var require_indices = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/indices.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var indices;
    var HIGH;
    var LOW;
    if (isLittleEndian === true) {
      HIGH = 1;
      LOW = 0;
    } else {
      HIGH = 0;
      LOW = 1;
    }
    indices = {
      "HIGH": HIGH,
      "LOW": LOW
    };
    module.exports = indices;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/assign.js
var require_assign = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/assign.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var indices = require_indices();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    var HIGH = indices.HIGH;
    var LOW = indices.LOW;
    function toWords(x, out, stride, offset) {
      FLOAT64_VIEW[0] = x;
      out[offset] = UINT32_VIEW[HIGH];
      out[offset + stride] = UINT32_VIEW[LOW];
      return out;
    }
    module.exports = toWords;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/main.js
var require_main29 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/main.js"(exports, module) {
    "use strict";
    var fcn = require_assign();
    function toWords(x) {
      return fcn(x, [0 >>> 0, 0 >>> 0], 1, 0);
    }
    module.exports = toWords;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/index.js
var require_lib41 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main29();
    var assign = require_assign();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js
var require_high = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var HIGH;
    if (isLittleEndian === true) {
      HIGH = 1;
    } else {
      HIGH = 0;
    }
    module.exports = HIGH;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js
var require_main30 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var HIGH = require_high();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function getHighWord(x) {
      FLOAT64_VIEW[0] = x;
      return UINT32_VIEW[HIGH];
    }
    module.exports = getHighWord;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js
var require_lib42 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main30();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/indices.js
var require_indices2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/indices.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var indices;
    var HIGH;
    var LOW;
    if (isLittleEndian === true) {
      HIGH = 1;
      LOW = 0;
    } else {
      HIGH = 0;
      LOW = 1;
    }
    indices = {
      "HIGH": HIGH,
      "LOW": LOW
    };
    module.exports = indices;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/main.js
var require_main31 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var indices = require_indices2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    var HIGH = indices.HIGH;
    var LOW = indices.LOW;
    function fromWords(high, low) {
      UINT32_VIEW[HIGH] = high;
      UINT32_VIEW[LOW] = low;
      return FLOAT64_VIEW[0];
    }
    module.exports = fromWords;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/index.js
var require_lib43 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main31();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-copysign/lib/main.js
var require_main32 = __commonJS({
  "node_modules/@stdlib/math-base-special-copysign/lib/main.js"(exports, module) {
    "use strict";
    var SIGN_MASK = require_lib18();
    var ABS_MASK = require_lib19();
    var toWords = require_lib41();
    var getHighWord = require_lib42();
    var fromWords = require_lib43();
    var WORDS = [0, 0];
    function copysign(x, y) {
      var hx;
      var hy;
      toWords.assign(x, WORDS, 1, 0);
      hx = WORDS[0];
      hx &= ABS_MASK;
      hy = getHighWord(y);
      hy &= SIGN_MASK;
      hx |= hy;
      return fromWords(hx, WORDS[1]);
    }
    module.exports = copysign;
  }
});

// node_modules/@stdlib/math-base-special-copysign/lib/index.js
var require_lib44 = __commonJS({
  "node_modules/@stdlib/math-base-special-copysign/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main32();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js
var require_lib45 = __commonJS({
  "node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_SMALLEST_NORMAL = 22250738585072014e-324;
    module.exports = FLOAT64_SMALLEST_NORMAL;
  }
});

// node_modules/@stdlib/math-base-special-abs/lib/main.js
var require_main33 = __commonJS({
  "node_modules/@stdlib/math-base-special-abs/lib/main.js"(exports, module) {
    "use strict";
    function abs(x) {
      return Math.abs(x);
    }
    module.exports = abs;
  }
});

// node_modules/@stdlib/math-base-special-abs/lib/index.js
var require_lib46 = __commonJS({
  "node_modules/@stdlib/math-base-special-abs/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main33();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/assign.js
var require_assign2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/assign.js"(exports, module) {
    "use strict";
    var FLOAT64_SMALLEST_NORMAL = require_lib45();
    var isInfinite = require_lib17();
    var isnan = require_lib6();
    var abs = require_lib46();
    var SCALAR = 4503599627370496;
    function normalize(x, out, stride, offset) {
      if (isnan(x) || isInfinite(x)) {
        out[offset] = x;
        out[offset + stride] = 0;
        return out;
      }
      if (x !== 0 && abs(x) < FLOAT64_SMALLEST_NORMAL) {
        out[offset] = x * SCALAR;
        out[offset + stride] = -52;
        return out;
      }
      out[offset] = x;
      out[offset + stride] = 0;
      return out;
    }
    module.exports = normalize;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/main.js
var require_main34 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/main.js"(exports, module) {
    "use strict";
    var fcn = require_assign2();
    function normalize(x) {
      return fcn(x, [0, 0], 1, 0);
    }
    module.exports = normalize;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/index.js
var require_lib47 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main34();
    var assign = require_assign2();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js
var require_lib48 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_EXPONENT_MASK = 2146435072;
    module.exports = FLOAT64_HIGH_WORD_EXPONENT_MASK;
  }
});

// node_modules/@stdlib/number-float64-base-exponent/lib/main.js
var require_main35 = __commonJS({
  "node_modules/@stdlib/number-float64-base-exponent/lib/main.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib42();
    var EXP_MASK = require_lib48();
    var BIAS = require_lib13();
    function exponent(x) {
      var high = getHighWord(x);
      high = (high & EXP_MASK) >>> 20;
      return high - BIAS | 0;
    }
    module.exports = exponent;
  }
});

// node_modules/@stdlib/number-float64-base-exponent/lib/index.js
var require_lib49 = __commonJS({
  "node_modules/@stdlib/number-float64-base-exponent/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main35();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ldexp/lib/main.js
var require_main36 = __commonJS({
  "node_modules/@stdlib/math-base-special-ldexp/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib12();
    var NINF = require_lib11();
    var BIAS = require_lib13();
    var MAX_EXPONENT = require_lib14();
    var MAX_SUBNORMAL_EXPONENT = require_lib15();
    var MIN_SUBNORMAL_EXPONENT = require_lib16();
    var isnan = require_lib6();
    var isInfinite = require_lib17();
    var copysign = require_lib44();
    var normalize = require_lib47().assign;
    var floatExp = require_lib49();
    var toWords = require_lib41();
    var fromWords = require_lib43();
    var TWO52_INV = 2220446049250313e-31;
    var CLEAR_EXP_MASK = 2148532223 >>> 0;
    var FRAC = [0, 0];
    var WORDS = [0, 0];
    function ldexp(frac, exp) {
      var high;
      var m;
      if (exp === 0 || frac === 0 || // handles +-0
      isnan(frac) || isInfinite(frac)) {
        return frac;
      }
      normalize(frac, FRAC, 1, 0);
      frac = FRAC[0];
      exp += FRAC[1];
      exp += floatExp(frac);
      if (exp < MIN_SUBNORMAL_EXPONENT) {
        return copysign(0, frac);
      }
      if (exp > MAX_EXPONENT) {
        if (frac < 0) {
          return NINF;
        }
        return PINF;
      }
      if (exp <= MAX_SUBNORMAL_EXPONENT) {
        exp += 52;
        m = TWO52_INV;
      } else {
        m = 1;
      }
      toWords.assign(frac, WORDS, 1, 0);
      high = WORDS[0];
      high &= CLEAR_EXP_MASK;
      high |= exp + BIAS << 20;
      return m * fromWords(high, WORDS[1]);
    }
    module.exports = ldexp;
  }
});

// node_modules/@stdlib/math-base-special-ldexp/lib/index.js
var require_lib50 = __commonJS({
  "node_modules/@stdlib/math-base-special-ldexp/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main36();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/polyval_p.js
var require_polyval_p = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/polyval_p.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.16666666666666602;
      }
      return 0.16666666666666602 + x * (-0.0027777777777015593 + x * (6613756321437934e-20 + x * (-16533902205465252e-22 + x * 41381367970572385e-24)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/expmulti.js
var require_expmulti = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/expmulti.js"(exports, module) {
    "use strict";
    var ldexp = require_lib50();
    var polyvalP = require_polyval_p();
    function expmulti(hi, lo, k) {
      var r;
      var t;
      var c;
      var y;
      r = hi - lo;
      t = r * r;
      c = r - t * polyvalP(t);
      y = 1 - (lo - r * c / (2 - c) - hi);
      return ldexp(y, k);
    }
    module.exports = expmulti;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/main.js
var require_main37 = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var trunc = require_lib9();
    var NINF = require_lib11();
    var PINF = require_lib12();
    var expmulti = require_expmulti();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var LOG2_E = 1.4426950408889634;
    var OVERFLOW = 709.782712893384;
    var UNDERFLOW = -745.1332191019411;
    var NEARZERO = 1 / (1 << 28);
    var NEG_NEARZERO = -NEARZERO;
    function exp(x) {
      var hi;
      var lo;
      var k;
      if (isnan(x) || x === PINF) {
        return x;
      }
      if (x === NINF) {
        return 0;
      }
      if (x > OVERFLOW) {
        return PINF;
      }
      if (x < UNDERFLOW) {
        return 0;
      }
      if (x > NEG_NEARZERO && x < NEARZERO) {
        return 1 + x;
      }
      if (x < 0) {
        k = trunc(LOG2_E * x - 0.5);
      } else {
        k = trunc(LOG2_E * x + 0.5);
      }
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
      return expmulti(hi, lo, k);
    }
    module.exports = exp;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/index.js
var require_lib51 = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main37();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js
var require_low = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var LOW;
    if (isLittleEndian === true) {
      LOW = 0;
    } else {
      LOW = 1;
    }
    module.exports = LOW;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js
var require_main38 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var LOW = require_low();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function setLowWord(x, low) {
      FLOAT64_VIEW[0] = x;
      UINT32_VIEW[LOW] = low >>> 0;
      return FLOAT64_VIEW[0];
    }
    module.exports = setLowWord;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js
var require_lib52 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main38();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_pp.js
var require_polyval_pp = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_pp.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.3250421072470015;
      }
      return -0.3250421072470015 + x * (-0.02848174957559851 + x * (-0.005770270296489442 + x * -23763016656650163e-21));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_qq.js
var require_polyval_qq = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_qq.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.39791722395915535;
      }
      return 0.39791722395915535 + x * (0.0650222499887673 + x * (0.005081306281875766 + x * (13249473800432164e-20 + x * -3960228278775368e-21)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_pa.js
var require_polyval_pa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_pa.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.41485611868374833;
      }
      return 0.41485611868374833 + x * (-0.3722078760357013 + x * (0.31834661990116175 + x * (-0.11089469428239668 + x * (0.035478304325618236 + x * -0.002166375594868791))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_qa.js
var require_polyval_qa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_qa.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.10642088040084423;
      }
      return 0.10642088040084423 + x * (0.540397917702171 + x * (0.07182865441419627 + x * (0.12617121980876164 + x * (0.01363708391202905 + x * 0.011984499846799107))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_ra.js
var require_polyval_ra = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_ra.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.6938585727071818;
      }
      return -0.6938585727071818 + x * (-10.558626225323291 + x * (-62.375332450326006 + x * (-162.39666946257347 + x * (-184.60509290671104 + x * (-81.2874355063066 + x * -9.814329344169145)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_sa.js
var require_polyval_sa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_sa.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 19.651271667439257;
      }
      return 19.651271667439257 + x * (137.65775414351904 + x * (434.56587747522923 + x * (645.3872717332679 + x * (429.00814002756783 + x * (108.63500554177944 + x * (6.570249770319282 + x * -0.0604244152148581))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_rb.js
var require_polyval_rb = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_rb.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.799283237680523;
      }
      return -0.799283237680523 + x * (-17.757954917754752 + x * (-160.63638485582192 + x * (-637.5664433683896 + x * (-1025.0951316110772 + x * -483.5191916086514))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_sb.js
var require_polyval_sb = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_sb.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 30.33806074348246;
      }
      return 30.33806074348246 + x * (325.7925129965739 + x * (1536.729586084437 + x * (3199.8582195085955 + x * (2553.0504064331644 + x * (474.52854120695537 + x * -22.44095244658582)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/main.js
var require_main39 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var exp = require_lib51();
    var setLowWord = require_lib52();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var polyvalPP = require_polyval_pp();
    var polyvalQQ = require_polyval_qq();
    var polyvalPA = require_polyval_pa();
    var polyvalQA = require_polyval_qa();
    var polyvalRA = require_polyval_ra();
    var polyvalSA = require_polyval_sa();
    var polyvalRB = require_polyval_rb();
    var polyvalSB = require_polyval_sb();
    var TINY = 1e-300;
    var SMALL = 13877787807814457e-33;
    var ERX = 0.8450629115104675;
    var PPC = 0.12837916709551256;
    var QQC = 1;
    var PAC = -0.0023621185607526594;
    var QAC = 1;
    var RAC = -0.009864944034847148;
    var SAC = 1;
    var RBC = -0.0098649429247001;
    var SBC = 1;
    function erfc(x) {
      var sign;
      var ax;
      var z;
      var r;
      var s;
      var y;
      var p;
      var q;
      if (isnan(x)) {
        return NaN;
      }
      if (x === PINF) {
        return 0;
      }
      if (x === NINF) {
        return 2;
      }
      if (x === 0) {
        return 1;
      }
      if (x < 0) {
        sign = true;
        ax = -x;
      } else {
        sign = false;
        ax = x;
      }
      if (ax < 0.84375) {
        if (ax < SMALL) {
          return 1 - x;
        }
        z = x * x;
        r = PPC + z * polyvalPP(z);
        s = QQC + z * polyvalQQ(z);
        y = r / s;
        if (x < 0.25) {
          return 1 - (x + x * y);
        }
        r = x * y;
        r += x - 0.5;
        return 0.5 - r;
      }
      if (ax < 1.25) {
        s = ax - 1;
        p = PAC + s * polyvalPA(s);
        q = QAC + s * polyvalQA(s);
        if (sign) {
          return 1 + ERX + p / q;
        }
        return 1 - ERX - p / q;
      }
      if (ax < 28) {
        s = 1 / (ax * ax);
        if (ax < 2.857142857142857) {
          r = RAC + s * polyvalRA(s);
          s = SAC + s * polyvalSA(s);
        } else {
          if (x < -6) {
            return 2 - TINY;
          }
          r = RBC + s * polyvalRB(s);
          s = SBC + s * polyvalSB(s);
        }
        z = setLowWord(ax, 0);
        r = exp(-(z * z) - 0.5625) * exp((z - ax) * (z + ax) + r / s);
        if (sign) {
          return 2 - r / ax;
        }
        return r / ax;
      }
      if (sign) {
        return 2 - TINY;
      }
      return TINY * TINY;
    }
    module.exports = erfc;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/index.js
var require_lib53 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main39();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-sqrt/lib/main.js
var require_main40 = __commonJS({
  "node_modules/@stdlib/math-base-special-sqrt/lib/main.js"(exports, module) {
    "use strict";
    var sqrt = Math.sqrt;
    module.exports = sqrt;
  }
});

// node_modules/@stdlib/math-base-special-sqrt/lib/index.js
var require_lib54 = __commonJS({
  "node_modules/@stdlib/math-base-special-sqrt/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main40();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/main.js
var require_main41 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/main.js"(exports, module) {
    "use strict";
    var erfc = require_lib53();
    var sqrt = require_lib54();
    var isnan = require_lib6();
    function cdf(x, mu, sigma) {
      var denom;
      var xc;
      if (isnan(x) || isnan(mu) || isnan(sigma) || sigma < 0) {
        return NaN;
      }
      if (sigma === 0) {
        return x < mu ? 0 : 1;
      }
      denom = sigma * sqrt(2);
      xc = x - mu;
      return 0.5 * erfc(-xc / denom);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/utils-constant-function/lib/main.js
var require_main42 = __commonJS({
  "node_modules/@stdlib/utils-constant-function/lib/main.js"(exports, module) {
    "use strict";
    function wrap(value) {
      return constantFunction;
      function constantFunction() {
        return value;
      }
    }
    module.exports = wrap;
  }
});

// node_modules/@stdlib/utils-constant-function/lib/index.js
var require_lib55 = __commonJS({
  "node_modules/@stdlib/utils-constant-function/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main42();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/main.js
var require_main43 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    function cdf(x, mu) {
      if (isnan(x) || isnan(mu)) {
        return NaN;
      }
      return x < mu ? 0 : 1;
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var isnan = require_lib6();
    function factory(mu) {
      if (isnan(mu)) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x) {
        if (isnan(x)) {
          return NaN;
        }
        return x < mu ? 0 : 1;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/index.js
var require_lib56 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main43();
    var factory = require_factory();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/factory.js
var require_factory2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var degenerate = require_lib56().factory;
    var isnan = require_lib6();
    var sqrt = require_lib54();
    var erfc = require_lib53();
    function factory(mu, sigma) {
      var denom;
      if (isnan(mu) || isnan(sigma) || sigma < 0) {
        return constantFunction(NaN);
      }
      if (sigma === 0) {
        return degenerate(mu);
      }
      denom = sigma * sqrt(2);
      return cdf;
      function cdf(x) {
        var xc;
        if (isnan(x)) {
          return NaN;
        }
        xc = x - mu;
        return 0.5 * erfc(-xc / denom);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var require_lib57 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main41();
    var factory = require_factory2();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/high.js
var require_high2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/high.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var HIGH;
    if (isLittleEndian === true) {
      HIGH = 1;
    } else {
      HIGH = 0;
    }
    module.exports = HIGH;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/main.js
var require_main44 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var HIGH = require_high2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function setHighWord(x, high) {
      FLOAT64_VIEW[0] = x;
      UINT32_VIEW[HIGH] = high >>> 0;
      return FLOAT64_VIEW[0];
    }
    module.exports = setHighWord;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/index.js
var require_lib58 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main44();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/polyval_p.js
var require_polyval_p2 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/polyval_p.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.3999999999940942;
      }
      return 0.3999999999940942 + x * (0.22222198432149784 + x * 0.15313837699209373);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/polyval_q.js
var require_polyval_q = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/polyval_q.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.6666666666666735;
      }
      return 0.6666666666666735 + x * (0.2857142874366239 + x * (0.1818357216161805 + x * 0.14798198605116586));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/main.js
var require_main45 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/main.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib42();
    var setHighWord = require_lib58();
    var isnan = require_lib6();
    var BIAS = require_lib13();
    var NINF = require_lib11();
    var polyvalP = require_polyval_p2();
    var polyvalQ = require_polyval_q();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var TWO54 = 18014398509481984;
    var ONE_THIRD = 0.3333333333333333;
    var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
    var HIGH_MAX_NORMAL_EXP = 2146435072 | 0;
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    function ln(x) {
      var hfsq;
      var hx;
      var t2;
      var t1;
      var k;
      var R;
      var f;
      var i;
      var j;
      var s;
      var w;
      var z;
      if (x === 0) {
        return NINF;
      }
      if (isnan(x) || x < 0) {
        return NaN;
      }
      hx = getHighWord(x);
      k = 0 | 0;
      if (hx < HIGH_MIN_NORMAL_EXP) {
        k -= 54 | 0;
        x *= TWO54;
        hx = getHighWord(x);
      }
      if (hx >= HIGH_MAX_NORMAL_EXP) {
        return x + x;
      }
      k += (hx >> 20) - BIAS | 0;
      hx &= HIGH_SIGNIFICAND_MASK;
      i = hx + 614244 & 1048576 | 0;
      x = setHighWord(x, hx | i ^ HIGH_BIASED_EXP_0);
      k += i >> 20 | 0;
      f = x - 1;
      if ((HIGH_SIGNIFICAND_MASK & 2 + hx) < 3) {
        if (f === 0) {
          if (k === 0) {
            return 0;
          }
          return k * LN2_HI + k * LN2_LO;
        }
        R = f * f * (0.5 - ONE_THIRD * f);
        if (k === 0) {
          return f - R;
        }
        return k * LN2_HI - (R - k * LN2_LO - f);
      }
      s = f / (2 + f);
      z = s * s;
      i = hx - 398458 | 0;
      w = z * z;
      j = 440401 - hx | 0;
      t1 = w * polyvalP(w);
      t2 = z * polyvalQ(w);
      i |= j;
      R = t2 + t1;
      if (i > 0) {
        hfsq = 0.5 * f * f;
        if (k === 0) {
          return f - (hfsq - s * (hfsq + R));
        }
        return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
      }
      if (k === 0) {
        return f - s * (f - R);
      }
      return k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
    }
    module.exports = ln;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/index.js
var require_lib59 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main45();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p1q1.js
var require_rational_p1q1 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p1q1.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -5087819496582806e-19;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -5087819496582806e-19 + x * (-0.008368748197417368 + x * (0.03348066254097446 + x * (-0.012692614766297404 + x * (-0.03656379714117627 + x * (0.02198786811111689 + x * (0.008226878746769157 + x * (-0.005387729650712429 + x * (0 + x * 0))))))));
        s2 = 1 + x * (-0.9700050433032906 + x * (-1.5657455823417585 + x * (1.5622155839842302 + x * (0.662328840472003 + x * (-0.7122890234154284 + x * (-0.05273963823400997 + x * (0.07952836873415717 + x * (-0.0023339375937419 + x * 8862163904564247e-19))))))));
      } else {
        x = 1 / x;
        s1 = 0 + x * (0 + x * (-0.005387729650712429 + x * (0.008226878746769157 + x * (0.02198786811111689 + x * (-0.03656379714117627 + x * (-0.012692614766297404 + x * (0.03348066254097446 + x * (-0.008368748197417368 + x * -5087819496582806e-19))))))));
        s2 = 8862163904564247e-19 + x * (-0.0023339375937419 + x * (0.07952836873415717 + x * (-0.05273963823400997 + x * (-0.7122890234154284 + x * (0.662328840472003 + x * (1.5622155839842302 + x * (-1.5657455823417585 + x * (-0.9700050433032906 + x * 1))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p2q2.js
var require_rational_p2q2 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p2q2.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.20243350835593876;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.20243350835593876 + x * (0.10526468069939171 + x * (8.3705032834312 + x * (17.644729840837403 + x * (-18.851064805871424 + x * (-44.6382324441787 + x * (17.445385985570866 + x * (21.12946554483405 + x * -3.6719225470772936)))))));
        s2 = 1 + x * (6.242641248542475 + x * (3.971343795334387 + x * (-28.66081804998 + x * (-20.14326346804852 + x * (48.560921310873994 + x * (10.826866735546016 + x * (-22.643693341313973 + x * 1.7211476576120028)))))));
      } else {
        x = 1 / x;
        s1 = -3.6719225470772936 + x * (21.12946554483405 + x * (17.445385985570866 + x * (-44.6382324441787 + x * (-18.851064805871424 + x * (17.644729840837403 + x * (8.3705032834312 + x * (0.10526468069939171 + x * -0.20243350835593876)))))));
        s2 = 1.7211476576120028 + x * (-22.643693341313973 + x * (10.826866735546016 + x * (48.560921310873994 + x * (-20.14326346804852 + x * (-28.66081804998 + x * (3.971343795334387 + x * (6.242641248542475 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p3q3.js
var require_rational_p3q3 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p3q3.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.1311027816799519;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.1311027816799519 + x * (-0.16379404719331705 + x * (0.11703015634199525 + x * (0.38707973897260434 + x * (0.3377855389120359 + x * (0.14286953440815717 + x * (0.029015791000532906 + x * (0.0021455899538880526 + x * (-6794655751811263e-22 + x * (28522533178221704e-24 + x * -681149956853777e-24)))))))));
        s2 = 1 + x * (3.4662540724256723 + x * (5.381683457070069 + x * (4.778465929458438 + x * (2.5930192162362027 + x * (0.848854343457902 + x * (0.15226433829533179 + x * (0.011059242293464892 + x * (0 + x * (0 + x * 0)))))))));
      } else {
        x = 1 / x;
        s1 = -681149956853777e-24 + x * (28522533178221704e-24 + x * (-6794655751811263e-22 + x * (0.0021455899538880526 + x * (0.029015791000532906 + x * (0.14286953440815717 + x * (0.3377855389120359 + x * (0.38707973897260434 + x * (0.11703015634199525 + x * (-0.16379404719331705 + x * -0.1311027816799519)))))))));
        s2 = 0 + x * (0 + x * (0 + x * (0.011059242293464892 + x * (0.15226433829533179 + x * (0.848854343457902 + x * (2.5930192162362027 + x * (4.778465929458438 + x * (5.381683457070069 + x * (3.4662540724256723 + x * 1)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p4q4.js
var require_rational_p4q4 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p4q4.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0350353787183178;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0350353787183178 + x * (-0.0022242652921344794 + x * (0.018557330651423107 + x * (0.009508047013259196 + x * (0.0018712349281955923 + x * (15754461742496055e-20 + x * (460469890584318e-20 + x * (-2304047769118826e-25 + x * 26633922742578204e-28)))))));
        s2 = 1 + x * (1.3653349817554064 + x * (0.7620591645536234 + x * (0.22009110576413124 + x * (0.03415891436709477 + x * (0.00263861676657016 + x * (7646752923027944e-20 + x * (0 + x * 0)))))));
      } else {
        x = 1 / x;
        s1 = 26633922742578204e-28 + x * (-2304047769118826e-25 + x * (460469890584318e-20 + x * (15754461742496055e-20 + x * (0.0018712349281955923 + x * (0.009508047013259196 + x * (0.018557330651423107 + x * (-0.0022242652921344794 + x * -0.0350353787183178)))))));
        s2 = 0 + x * (0 + x * (7646752923027944e-20 + x * (0.00263861676657016 + x * (0.03415891436709477 + x * (0.22009110576413124 + x * (0.7620591645536234 + x * (1.3653349817554064 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p5q5.js
var require_rational_p5q5 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p5q5.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.016743100507663373;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.016743100507663373 + x * (-0.0011295143874558028 + x * (0.001056288621524929 + x * (20938631748758808e-20 + x * (14962478375834237e-21 + x * (44969678992770644e-23 + x * (4625961635228786e-24 + x * (-2811287356288318e-29 + x * 9905570997331033e-32)))))));
        s2 = 1 + x * (0.5914293448864175 + x * (0.1381518657490833 + x * (0.016074608709367652 + x * (9640118070051656e-19 + x * (27533547476472603e-21 + x * (282243172016108e-21 + x * (0 + x * 0)))))));
      } else {
        x = 1 / x;
        s1 = 9905570997331033e-32 + x * (-2811287356288318e-29 + x * (4625961635228786e-24 + x * (44969678992770644e-23 + x * (14962478375834237e-21 + x * (20938631748758808e-20 + x * (0.001056288621524929 + x * (-0.0011295143874558028 + x * -0.016743100507663373)))))));
        s2 = 0 + x * (0 + x * (282243172016108e-21 + x * (27533547476472603e-21 + x * (9640118070051656e-19 + x * (0.016074608709367652 + x * (0.1381518657490833 + x * (0.5914293448864175 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/main.js
var require_main46 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var sqrt = require_lib54();
    var ln = require_lib59();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var rationalFcnR1 = require_rational_p1q1();
    var rationalFcnR2 = require_rational_p2q2();
    var rationalFcnR3 = require_rational_p3q3();
    var rationalFcnR4 = require_rational_p4q4();
    var rationalFcnR5 = require_rational_p5q5();
    var Y1 = 0.08913147449493408;
    var Y2 = 2.249481201171875;
    var Y3 = 0.807220458984375;
    var Y4 = 0.9399557113647461;
    var Y5 = 0.9836282730102539;
    function erfinv(x) {
      var sign;
      var ax;
      var qs;
      var q;
      var g;
      var r;
      if (isnan(x)) {
        return NaN;
      }
      if (x === 1) {
        return PINF;
      }
      if (x === -1) {
        return NINF;
      }
      if (x === 0) {
        return x;
      }
      if (x > 1 || x < -1) {
        return NaN;
      }
      if (x < 0) {
        sign = -1;
        ax = -x;
      } else {
        sign = 1;
        ax = x;
      }
      q = 1 - ax;
      if (ax <= 0.5) {
        g = ax * (ax + 10);
        r = rationalFcnR1(ax);
        return sign * (g * Y1 + g * r);
      }
      if (q >= 0.25) {
        g = sqrt(-2 * ln(q));
        q -= 0.25;
        r = rationalFcnR2(q);
        return sign * (g / (Y2 + r));
      }
      q = sqrt(-ln(q));
      if (q < 3) {
        qs = q - 1.125;
        r = rationalFcnR3(qs);
        return sign * (Y3 * q + r * q);
      }
      if (q < 6) {
        qs = q - 3;
        r = rationalFcnR4(qs);
        return sign * (Y4 * q + r * q);
      }
      qs = q - 6;
      r = rationalFcnR5(qs);
      return sign * (Y5 * q + r * q);
    }
    module.exports = erfinv;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/index.js
var require_lib60 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main46();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-quantile/lib/main.js
var require_main47 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-quantile/lib/main.js"(exports, module) {
    "use strict";
    var erfinv = require_lib60();
    var isnan = require_lib6();
    var sqrt = require_lib54();
    function quantile(p, mu, sigma) {
      var A;
      var B;
      if (isnan(mu) || isnan(sigma) || isnan(p) || sigma < 0 || p < 0 || p > 1) {
        return NaN;
      }
      if (sigma === 0) {
        return mu;
      }
      A = mu;
      B = sigma * sqrt(2);
      return A + B * erfinv(2 * p - 1);
    }
    module.exports = quantile;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/main.js
var require_main48 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    function quantile(p, mu) {
      if (isnan(p) || p < 0 || p > 1) {
        return NaN;
      }
      return mu;
    }
    module.exports = quantile;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/factory.js
var require_factory3 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var isnan = require_lib6();
    function factory(mu) {
      if (isnan(mu)) {
        return constantFunction(NaN);
      }
      return quantile;
      function quantile(p) {
        if (isnan(p) || p < 0 || p > 1) {
          return NaN;
        }
        return mu;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/index.js
var require_lib61 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main48();
    var factory = require_factory3();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-quantile/lib/factory.js
var require_factory4 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-quantile/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var degenerate = require_lib61().factory;
    var erfinv = require_lib60();
    var isnan = require_lib6();
    var sqrt = require_lib54();
    function factory(mu, sigma) {
      var A;
      var B;
      if (isnan(mu) || isnan(sigma) || sigma < 0) {
        return constantFunction(NaN);
      }
      if (sigma === 0) {
        degenerate(mu);
      }
      A = mu;
      B = sigma * sqrt(2);
      return quantile;
      function quantile(p) {
        if (isnan(p) || p < 0 || p > 1) {
          return NaN;
        }
        return A + B * erfinv(2 * p - 1);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js
var require_lib62 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main47();
    var factory = require_factory4();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-half-ln-two/lib/index.js
var require_lib63 = __commonJS({
  "node_modules/@stdlib/constants-float64-half-ln-two/lib/index.js"(exports, module) {
    "use strict";
    var HALF_LN2 = 0.34657359027997264;
    module.exports = HALF_LN2;
  }
});

// node_modules/@stdlib/math-base-special-expm1/lib/polyval_q.js
var require_polyval_q2 = __commonJS({
  "node_modules/@stdlib/math-base-special-expm1/lib/polyval_q.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.03333333333333313;
      }
      return -0.03333333333333313 + x * (0.0015873015872548146 + x * (-793650757867488e-19 + x * (4008217827329362e-21 + x * -20109921818362437e-23)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-expm1/lib/main.js
var require_main49 = __commonJS({
  "node_modules/@stdlib/math-base-special-expm1/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var getHighWord = require_lib42();
    var setHighWord = require_lib58();
    var fromWords = require_lib43();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var FLOAT64_EXPONENT_BIAS = require_lib13();
    var HALF_LN2 = require_lib63();
    var polyval = require_polyval_q2();
    var OVERFLOW_THRESHOLD = 709.782712893384;
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var LN2_INV = 1.4426950408889634;
    var LN2x56 = 38.816242111356935;
    var LN2_HALFX3 = 1.0397207708399179;
    function expm1(x) {
      var halfX;
      var twopk;
      var sign;
      var hi;
      var lo;
      var hx;
      var r13;
      var y;
      var z;
      var c;
      var t;
      var e;
      var k;
      if (x === PINF || isnan(x)) {
        return x;
      }
      if (x === NINF) {
        return -1;
      }
      if (x === 0) {
        return x;
      }
      if (x < 0) {
        sign = true;
        y = -x;
      } else {
        sign = false;
        y = x;
      }
      if (y >= LN2x56) {
        if (sign) {
          return -1;
        }
        if (y >= OVERFLOW_THRESHOLD) {
          return PINF;
        }
      }
      hx = getHighWord(y) | 0;
      if (y > HALF_LN2) {
        if (y < LN2_HALFX3) {
          if (sign) {
            hi = x + LN2_HI;
            lo = -LN2_LO;
            k = -1;
          } else {
            hi = x - LN2_HI;
            lo = LN2_LO;
            k = 1;
          }
        } else {
          if (sign) {
            k = LN2_INV * x - 0.5;
          } else {
            k = LN2_INV * x + 0.5;
          }
          k |= 0;
          t = k;
          hi = x - t * LN2_HI;
          lo = t * LN2_LO;
        }
        x = hi - lo;
        c = hi - x - lo;
      } else if (hx < 1016070144) {
        return x;
      } else {
        k = 0;
      }
      halfX = 0.5 * x;
      z = x * halfX;
      r13 = 1 + z * polyval(z);
      t = 3 - r13 * halfX;
      e = z * ((r13 - t) / (6 - x * t));
      if (k === 0) {
        return x - (x * e - z);
      }
      twopk = fromWords(FLOAT64_EXPONENT_BIAS + k << 20, 0);
      e = x * (e - c) - c;
      e -= z;
      if (k === -1) {
        return 0.5 * (x - e) - 0.5;
      }
      if (k === 1) {
        if (x < -0.25) {
          return -2 * (e - (x + 0.5));
        }
        return 1 + 2 * (x - e);
      }
      if (k <= -2 || k > 56) {
        y = 1 - (e - x);
        if (k === 1024) {
          hi = getHighWord(y) + (k << 20) | 0;
          y = setHighWord(y, hi);
        } else {
          y *= twopk;
        }
        return y - 1;
      }
      t = 1;
      if (k < 20) {
        hi = 1072693248 - (2097152 >> k) | 0;
        t = setHighWord(t, hi);
        y = t - (e - x);
      } else {
        hi = FLOAT64_EXPONENT_BIAS - k << 20 | 0;
        t = setHighWord(t, hi);
        y = x - (e + t);
        y += 1;
      }
      y *= twopk;
      return y;
    }
    module.exports = expm1;
  }
});

// node_modules/@stdlib/math-base-special-expm1/lib/index.js
var require_lib64 = __commonJS({
  "node_modules/@stdlib/math-base-special-expm1/lib/index.js"(exports, module) {
    "use strict";
    var expm1 = require_main49();
    module.exports = expm1;
  }
});

// node_modules/@stdlib/math-base-special-log1p/lib/polyval_lp.js
var require_polyval_lp = __commonJS({
  "node_modules/@stdlib/math-base-special-log1p/lib/polyval_lp.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.6666666666666735;
      }
      return 0.6666666666666735 + x * (0.3999999999940942 + x * (0.2857142874366239 + x * (0.22222198432149784 + x * (0.1818357216161805 + x * (0.15313837699209373 + x * 0.14798198605116586)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-log1p/lib/main.js
var require_main50 = __commonJS({
  "node_modules/@stdlib/math-base-special-log1p/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var getHighWord = require_lib42();
    var setHighWord = require_lib58();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var FLOAT64_EXPONENT_BIAS = require_lib13();
    var polyval = require_polyval_lp();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var SQRT2M1 = 0.41421356237309503;
    var SQRT2HALFM1 = -0.2928932188134525;
    var SMALL = 1862645149230957e-24;
    var TINY = 5551115123125783e-32;
    var TWO53 = 9007199254740992;
    var TWO_THIRDS = 0.6666666666666666;
    function log1p(x) {
      var hfsq;
      var hu;
      var y;
      var f;
      var c;
      var s;
      var z;
      var R;
      var u;
      var k;
      if (x < -1 || isnan(x)) {
        return NaN;
      }
      if (x === -1) {
        return NINF;
      }
      if (x === PINF) {
        return x;
      }
      if (x === 0) {
        return x;
      }
      if (x < 0) {
        y = -x;
      } else {
        y = x;
      }
      k = 1;
      if (y < SQRT2M1) {
        if (y < SMALL) {
          if (y < TINY) {
            return x;
          }
          return x - x * x * 0.5;
        }
        if (x > SQRT2HALFM1) {
          k = 0;
          f = x;
          hu = 1;
        }
      }
      if (k !== 0) {
        if (y < TWO53) {
          u = 1 + x;
          hu = getHighWord(u);
          k = (hu >> 20) - FLOAT64_EXPONENT_BIAS;
          if (k > 0) {
            c = 1 - (u - x);
          } else {
            c = x - (u - 1);
          }
          c /= u;
        } else {
          u = x;
          hu = getHighWord(u);
          k = (hu >> 20) - FLOAT64_EXPONENT_BIAS;
          c = 0;
        }
        hu &= 1048575;
        if (hu < 434334) {
          u = setHighWord(u, hu | 1072693248);
        } else {
          k += 1;
          u = setHighWord(u, hu | 1071644672);
          hu = 1048576 - hu >> 2;
        }
        f = u - 1;
      }
      hfsq = 0.5 * f * f;
      if (hu === 0) {
        if (f === 0) {
          c += k * LN2_LO;
          return k * LN2_HI + c;
        }
        R = hfsq * (1 - TWO_THIRDS * f);
        return k * LN2_HI - (R - (k * LN2_LO + c) - f);
      }
      s = f / (2 + f);
      z = s * s;
      R = z * polyval(z);
      if (k === 0) {
        return f - (hfsq - s * (hfsq + R));
      }
      return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
    }
    module.exports = log1p;
  }
});

// node_modules/@stdlib/math-base-special-log1p/lib/index.js
var require_lib65 = __commonJS({
  "node_modules/@stdlib/math-base-special-log1p/lib/index.js"(exports, module) {
    "use strict";
    var log1p = require_main50();
    module.exports = log1p;
  }
});

// node_modules/@stdlib/constants-float64-fourth-pi/lib/index.js
var require_lib66 = __commonJS({
  "node_modules/@stdlib/constants-float64-fourth-pi/lib/index.js"(exports, module) {
    "use strict";
    var FOURTH_PI = 0.7853981633974483;
    module.exports = FOURTH_PI;
  }
});

// node_modules/@stdlib/math-base-special-asin/lib/rational_pq.js
var require_rational_pq = __commonJS({
  "node_modules/@stdlib/math-base-special-asin/lib/rational_pq.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.16666666666666713;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -8.198089802484825 + x * (19.562619833175948 + x * (-16.262479672107002 + x * (5.444622390564711 + x * (-0.6019598008014124 + x * 0.004253011369004428))));
        s2 = -49.18853881490881 + x * (139.51056146574857 + x * (-147.1791292232726 + x * (70.49610280856842 + x * (-14.740913729888538 + x * 1))));
      } else {
        x = 1 / x;
        s1 = 0.004253011369004428 + x * (-0.6019598008014124 + x * (5.444622390564711 + x * (-16.262479672107002 + x * (19.562619833175948 + x * -8.198089802484825))));
        s2 = 1 + x * (-14.740913729888538 + x * (70.49610280856842 + x * (-147.1791292232726 + x * (139.51056146574857 + x * -49.18853881490881))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-asin/lib/rational_rs.js
var require_rational_rs = __commonJS({
  "node_modules/@stdlib/math-base-special-asin/lib/rational_rs.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.08333333333333809;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 28.536655482610616 + x * (-25.56901049652825 + x * (6.968710824104713 + x * (-0.5634242780008963 + x * 0.002967721961301243)));
        s2 = 342.43986579130785 + x * (-383.8770957603691 + x * (147.0656354026815 + x * (-21.947795316429207 + x * 1)));
      } else {
        x = 1 / x;
        s1 = 0.002967721961301243 + x * (-0.5634242780008963 + x * (6.968710824104713 + x * (-25.56901049652825 + x * 28.536655482610616)));
        s2 = 1 + x * (-21.947795316429207 + x * (147.0656354026815 + x * (-383.8770957603691 + x * 342.43986579130785)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-asin/lib/main.js
var require_main51 = __commonJS({
  "node_modules/@stdlib/math-base-special-asin/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var sqrt = require_lib54();
    var PIO4 = require_lib66();
    var ratevalPQ = require_rational_pq();
    var ratevalRS = require_rational_rs();
    var MOREBITS = 6123233995736766e-32;
    function asin(x) {
      var sgn;
      var zz;
      var a;
      var p;
      var z;
      if (isnan(x)) {
        return NaN;
      }
      if (x > 0) {
        a = x;
      } else {
        sgn = true;
        a = -x;
      }
      if (a > 1) {
        return NaN;
      }
      if (a > 0.625) {
        zz = 1 - a;
        p = zz * ratevalRS(zz);
        zz = sqrt(zz + zz);
        z = PIO4 - zz;
        zz = zz * p - MOREBITS;
        z -= zz;
        z += PIO4;
      } else {
        if (a < 1e-8) {
          return x;
        }
        zz = a * a;
        z = zz * ratevalPQ(zz);
        z = a * z + a;
      }
      return sgn ? -z : z;
    }
    module.exports = asin;
  }
});

// node_modules/@stdlib/math-base-special-asin/lib/index.js
var require_lib67 = __commonJS({
  "node_modules/@stdlib/math-base-special-asin/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main51();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-integer/lib/main.js
var require_main52 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-integer/lib/main.js"(exports, module) {
    "use strict";
    var floor = require_lib7();
    function isInteger(x) {
      return floor(x) === x;
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-integer/lib/index.js
var require_lib68 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-integer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main52();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-even/lib/main.js
var require_main53 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-even/lib/main.js"(exports, module) {
    "use strict";
    var isInteger = require_lib68();
    function isEven(x) {
      return isInteger(x / 2);
    }
    module.exports = isEven;
  }
});

// node_modules/@stdlib/math-base-assert-is-even/lib/index.js
var require_lib69 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-even/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main53();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-odd/lib/main.js
var require_main54 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-odd/lib/main.js"(exports, module) {
    "use strict";
    var isEven = require_lib69();
    function isOdd(x) {
      if (x > 0) {
        return isEven(x - 1);
      }
      return isEven(x + 1);
    }
    module.exports = isOdd;
  }
});

// node_modules/@stdlib/math-base-assert-is-odd/lib/index.js
var require_lib70 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-odd/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main54();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-uint32-base-to-int32/lib/main.js
var require_main55 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-to-int32/lib/main.js"(exports, module) {
    "use strict";
    function uint32ToInt32(x) {
      return x | 0;
    }
    module.exports = uint32ToInt32;
  }
});

// node_modules/@stdlib/number-uint32-base-to-int32/lib/index.js
var require_lib71 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-to-int32/lib/index.js"(exports, module) {
    "use strict";
    var uint32ToInt32 = require_main55();
    module.exports = uint32ToInt32;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/x_is_zero.js
var require_x_is_zero = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/x_is_zero.js"(exports, module) {
    "use strict";
    var isOdd = require_lib70();
    var copysign = require_lib44();
    var NINF = require_lib11();
    var PINF = require_lib12();
    function pow(x, y) {
      if (y === NINF) {
        return PINF;
      }
      if (y === PINF) {
        return 0;
      }
      if (y > 0) {
        if (isOdd(y)) {
          return x;
        }
        return 0;
      }
      if (isOdd(y)) {
        return copysign(PINF, x);
      }
      return PINF;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/y_is_huge.js
var require_y_is_huge = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/y_is_huge.js"(exports, module) {
    "use strict";
    var ABS_MASK = require_lib19();
    var getHighWord = require_lib42();
    var HIGH_MAX_NEAR_UNITY = 1072693247 | 0;
    var HUGE = 1e300;
    var TINY = 1e-300;
    function pow(x, y) {
      var ahx;
      var hx;
      hx = getHighWord(x);
      ahx = hx & ABS_MASK;
      if (ahx <= HIGH_MAX_NEAR_UNITY) {
        if (y < 0) {
          return HUGE * HUGE;
        }
        return TINY * TINY;
      }
      if (y > 0) {
        return HUGE * HUGE;
      }
      return TINY * TINY;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/y_is_infinite.js
var require_y_is_infinite = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/y_is_infinite.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var PINF = require_lib12();
    function pow(x, y) {
      if (x === -1) {
        return (x - x) / (x - x);
      }
      if (x === 1) {
        return 1;
      }
      if (abs(x) < 1 === (y === PINF)) {
        return 0;
      }
      return PINF;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/constants-float64-num-high-word-significand-bits/lib/index.js
var require_lib72 = __commonJS({
  "node_modules/@stdlib/constants-float64-num-high-word-significand-bits/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS = 20 | 0;
    module.exports = FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_l.js
var require_polyval_l = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_l.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.5999999999999946;
      }
      return 0.5999999999999946 + x * (0.4285714285785502 + x * (0.33333332981837743 + x * (0.272728123808534 + x * (0.23066074577556175 + x * 0.20697501780033842))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/log2ax.js
var require_log2ax = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/log2ax.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib42();
    var setLowWord = require_lib52();
    var setHighWord = require_lib58();
    var BIAS = require_lib13();
    var HIGH_NUM_SIGNIFICAND_BITS = require_lib72();
    var polyvalL = require_polyval_l();
    var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    var HIGH_BIASED_EXP_NEG_512 = 536870912 | 0;
    var HIGH_SIGNIFICAND_HALF = 524288 | 0;
    var TWO53 = 9007199254740992;
    var CP = 0.9617966939259756;
    var CP_HI = 0.9617967009544373;
    var CP_LO = -7028461650952758e-24;
    var BP = [
      1,
      1.5
    ];
    var DP_HI = [
      0,
      0.5849624872207642
      // 0x3FE2B803, 0x40000000
    ];
    var DP_LO = [
      0,
      1350039202129749e-23
      // 0x3E4CFDEB, 0x43CFD006
    ];
    function log2ax(out, ax, ahx) {
      var tmp;
      var ss;
      var s2;
      var hs;
      var ls;
      var ht;
      var lt;
      var bp;
      var dp;
      var hp;
      var lp;
      var hz;
      var lz;
      var t1;
      var t2;
      var t;
      var r;
      var u;
      var v;
      var n;
      var j;
      var k;
      n = 0 | 0;
      if (ahx < HIGH_MIN_NORMAL_EXP) {
        ax *= TWO53;
        n -= 53 | 0;
        ahx = getHighWord(ax);
      }
      n += (ahx >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
      j = ahx & HIGH_SIGNIFICAND_MASK | 0;
      ahx = j | HIGH_BIASED_EXP_0 | 0;
      if (j <= 235662) {
        k = 0;
      } else if (j < 767610) {
        k = 1;
      } else {
        k = 0;
        n += 1 | 0;
        ahx -= HIGH_MIN_NORMAL_EXP;
      }
      ax = setHighWord(ax, ahx);
      bp = BP[k];
      u = ax - bp;
      v = 1 / (ax + bp);
      ss = u * v;
      hs = setLowWord(ss, 0);
      tmp = (ahx >> 1 | HIGH_BIASED_EXP_NEG_512) + HIGH_SIGNIFICAND_HALF;
      tmp += k << 18;
      ht = setHighWord(0, tmp);
      lt = ax - (ht - bp);
      ls = v * (u - hs * ht - hs * lt);
      s2 = ss * ss;
      r = s2 * s2 * polyvalL(s2);
      r += ls * (hs + ss);
      s2 = hs * hs;
      ht = 3 + s2 + r;
      ht = setLowWord(ht, 0);
      lt = r - (ht - 3 - s2);
      u = hs * ht;
      v = ls * ht + lt * ss;
      hp = u + v;
      hp = setLowWord(hp, 0);
      lp = v - (hp - u);
      hz = CP_HI * hp;
      lz = CP_LO * hp + lp * CP + DP_LO[k];
      dp = DP_HI[k];
      t = n;
      t1 = hz + lz + dp + t;
      t1 = setLowWord(t1, 0);
      t2 = lz - (t1 - t - dp - hz);
      out[0] = t1;
      out[1] = t2;
      return out;
    }
    module.exports = log2ax;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_w.js
var require_polyval_w = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_w.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.5;
      }
      return 0.5 + x * (-0.3333333333333333 + x * 0.25);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/logx.js
var require_logx = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/logx.js"(exports, module) {
    "use strict";
    var setLowWord = require_lib52();
    var polyvalW = require_polyval_w();
    var INV_LN2 = 1.4426950408889634;
    var INV_LN2_HI = 1.4426950216293335;
    var INV_LN2_LO = 19259629911266175e-24;
    function logx(out, ax) {
      var t2;
      var t1;
      var t;
      var w;
      var u;
      var v;
      t = ax - 1;
      w = t * t * polyvalW(t);
      u = INV_LN2_HI * t;
      v = t * INV_LN2_LO - w * INV_LN2;
      t1 = u + v;
      t1 = setLowWord(t1, 0);
      t2 = v - (t1 - u);
      out[0] = t1;
      out[1] = t2;
      return out;
    }
    module.exports = logx;
  }
});

// node_modules/@stdlib/constants-float64-ln-two/lib/index.js
var require_lib73 = __commonJS({
  "node_modules/@stdlib/constants-float64-ln-two/lib/index.js"(exports, module) {
    "use strict";
    var LN2 = 0.6931471805599453;
    module.exports = LN2;
  }
});

// node_modules/@stdlib/constants-float64-high-word-significand-mask/lib/index.js
var require_lib74 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-significand-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_SIGNIFICAND_MASK = 1048575;
    module.exports = FLOAT64_HIGH_WORD_SIGNIFICAND_MASK;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_p.js
var require_polyval_p3 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_p.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.16666666666666602;
      }
      return 0.16666666666666602 + x * (-0.0027777777777015593 + x * (6613756321437934e-20 + x * (-16533902205465252e-22 + x * 41381367970572385e-24)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/pow2.js
var require_pow2 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/pow2.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib42();
    var setHighWord = require_lib58();
    var setLowWord = require_lib52();
    var uint32ToInt32 = require_lib71();
    var ldexp = require_lib50();
    var LN2 = require_lib73();
    var BIAS = require_lib13();
    var ABS_MASK = require_lib19();
    var HIGH_SIGNIFICAND_MASK = require_lib74();
    var HIGH_NUM_SIGNIFICAND_BITS = require_lib72();
    var polyvalP = require_polyval_p3();
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_NEG_1 = 1071644672 | 0;
    var LN2_HI = 0.6931471824645996;
    var LN2_LO = -1904654299957768e-24;
    function pow2(j, hp, lp) {
      var tmp;
      var t1;
      var t;
      var r;
      var u;
      var v;
      var w;
      var z;
      var n;
      var i;
      var k;
      i = j & ABS_MASK | 0;
      k = (i >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
      n = 0;
      if (i > HIGH_BIASED_EXP_NEG_1) {
        n = j + (HIGH_MIN_NORMAL_EXP >> k + 1) >>> 0;
        k = ((n & ABS_MASK) >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
        tmp = (n & ~(HIGH_SIGNIFICAND_MASK >> k)) >>> 0;
        t = setHighWord(0, tmp);
        n = (n & HIGH_SIGNIFICAND_MASK | HIGH_MIN_NORMAL_EXP) >> HIGH_NUM_SIGNIFICAND_BITS - k >>> 0;
        if (j < 0) {
          n = -n;
        }
        hp -= t;
      }
      t = lp + hp;
      t = setLowWord(t, 0);
      u = t * LN2_HI;
      v = (lp - (t - hp)) * LN2 + t * LN2_LO;
      z = u + v;
      w = v - (z - u);
      t = z * z;
      t1 = z - t * polyvalP(t);
      r = z * t1 / (t1 - 2) - (w + z * w);
      z = 1 - (r - z);
      j = getHighWord(z);
      j = uint32ToInt32(j);
      j += n << HIGH_NUM_SIGNIFICAND_BITS >>> 0;
      if (j >> HIGH_NUM_SIGNIFICAND_BITS <= 0) {
        z = ldexp(z, n);
      } else {
        z = setHighWord(z, j);
      }
      return z;
    }
    module.exports = pow2;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/main.js
var require_main56 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var isOdd = require_lib70();
    var isInfinite = require_lib17();
    var isInteger = require_lib68();
    var sqrt = require_lib54();
    var abs = require_lib46();
    var toWords = require_lib41();
    var setLowWord = require_lib52();
    var uint32ToInt32 = require_lib71();
    var NINF = require_lib11();
    var PINF = require_lib12();
    var ABS_MASK = require_lib19();
    var xIsZero = require_x_is_zero();
    var yIsHuge = require_y_is_huge();
    var yIsInfinite = require_y_is_infinite();
    var log2ax = require_log2ax();
    var logx = require_logx();
    var pow2 = require_pow2();
    var HIGH_MAX_NEAR_UNITY = 1072693247 | 0;
    var HIGH_BIASED_EXP_31 = 1105199104 | 0;
    var HIGH_BIASED_EXP_64 = 1139802112 | 0;
    var HIGH_BIASED_EXP_10 = 1083179008 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    var HIGH_1075 = 1083231232 | 0;
    var HIGH_NEG_1075 = 3230714880 >>> 0;
    var HIGH_NUM_NONSIGN_BITS = 31 | 0;
    var HUGE = 1e300;
    var TINY = 1e-300;
    var OVT = 8008566259537294e-32;
    var WORDS = [0 | 0, 0 | 0];
    var LOG_WORKSPACE = [0, 0];
    function pow(x, y) {
      var ahx;
      var ahy;
      var ax;
      var hx;
      var lx;
      var hy;
      var ly;
      var sx;
      var sy;
      var y1;
      var hp;
      var lp;
      var t;
      var z;
      var j;
      var i;
      if (isnan(x) || isnan(y)) {
        return NaN;
      }
      toWords.assign(y, WORDS, 1, 0);
      hy = WORDS[0];
      ly = WORDS[1];
      if (ly === 0) {
        if (y === 0) {
          return 1;
        }
        if (y === 1) {
          return x;
        }
        if (y === -1) {
          return 1 / x;
        }
        if (y === 0.5) {
          return sqrt(x);
        }
        if (y === -0.5) {
          return 1 / sqrt(x);
        }
        if (y === 2) {
          return x * x;
        }
        if (y === 3) {
          return x * x * x;
        }
        if (y === 4) {
          x *= x;
          return x * x;
        }
        if (isInfinite(y)) {
          return yIsInfinite(x, y);
        }
      }
      toWords.assign(x, WORDS, 1, 0);
      hx = WORDS[0];
      lx = WORDS[1];
      if (lx === 0) {
        if (hx === 0) {
          return xIsZero(x, y);
        }
        if (x === 1) {
          return 1;
        }
        if (x === -1 && isOdd(y)) {
          return -1;
        }
        if (isInfinite(x)) {
          if (x === NINF) {
            return pow(-0, -y);
          }
          if (y < 0) {
            return 0;
          }
          return PINF;
        }
      }
      if (x < 0 && isInteger(y) === false) {
        return (x - x) / (x - x);
      }
      ax = abs(x);
      ahx = hx & ABS_MASK | 0;
      ahy = hy & ABS_MASK | 0;
      sx = hx >>> HIGH_NUM_NONSIGN_BITS | 0;
      sy = hy >>> HIGH_NUM_NONSIGN_BITS | 0;
      if (sx && isOdd(y)) {
        sx = -1;
      } else {
        sx = 1;
      }
      if (ahy > HIGH_BIASED_EXP_31) {
        if (ahy > HIGH_BIASED_EXP_64) {
          return yIsHuge(x, y);
        }
        if (ahx < HIGH_MAX_NEAR_UNITY) {
          if (sy === 1) {
            return sx * HUGE * HUGE;
          }
          return sx * TINY * TINY;
        }
        if (ahx > HIGH_BIASED_EXP_0) {
          if (sy === 0) {
            return sx * HUGE * HUGE;
          }
          return sx * TINY * TINY;
        }
        t = logx(LOG_WORKSPACE, ax);
      } else {
        t = log2ax(LOG_WORKSPACE, ax, ahx);
      }
      y1 = setLowWord(y, 0);
      lp = (y - y1) * t[0] + y * t[1];
      hp = y1 * t[0];
      z = lp + hp;
      toWords.assign(z, WORDS, 1, 0);
      j = uint32ToInt32(WORDS[0]);
      i = uint32ToInt32(WORDS[1]);
      if (j >= HIGH_BIASED_EXP_10) {
        if ((j - HIGH_BIASED_EXP_10 | i) !== 0) {
          return sx * HUGE * HUGE;
        }
        if (lp + OVT > z - hp) {
          return sx * HUGE * HUGE;
        }
      } else if ((j & ABS_MASK) >= HIGH_1075) {
        if ((j - HIGH_NEG_1075 | i) !== 0) {
          return sx * TINY * TINY;
        }
        if (lp <= z - hp) {
          return sx * TINY * TINY;
        }
      }
      z = pow2(j, hp, lp);
      return sx * z;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/index.js
var require_lib75 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main56();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-e/lib/index.js
var require_lib76 = __commonJS({
  "node_modules/@stdlib/constants-float64-e/lib/index.js"(exports, module) {
    "use strict";
    var E = 2.718281828459045;
    module.exports = E;
  }
});

// node_modules/@stdlib/constants-float64-eps/lib/index.js
var require_lib77 = __commonJS({
  "node_modules/@stdlib/constants-float64-eps/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_EPSILON = 2220446049250313e-31;
    module.exports = FLOAT64_EPSILON;
  }
});

// node_modules/@stdlib/math-base-special-beta/lib/lanczos_sum_expg_scaled.js
var require_lanczos_sum_expg_scaled = __commonJS({
  "node_modules/@stdlib/math-base-special-beta/lib/lanczos_sum_expg_scaled.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return Infinity;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 709811.662581658 + x * (679979.8474157227 + x * (293136.7857211597 + x * (74887.54032914672 + x * (12555.290582413863 + x * (1443.4299244417066 + x * (115.24194596137347 + x * (6.309239205732627 + x * (0.22668404630224365 + x * (0.004826466289237662 + x * 4624429436045379e-20)))))))));
        s2 = 0 + x * (362880 + x * (1026576 + x * (1172700 + x * (723680 + x * (269325 + x * (63273 + x * (9450 + x * (870 + x * (45 + x * 1)))))))));
      } else {
        x = 1 / x;
        s1 = 4624429436045379e-20 + x * (0.004826466289237662 + x * (0.22668404630224365 + x * (6.309239205732627 + x * (115.24194596137347 + x * (1443.4299244417066 + x * (12555.290582413863 + x * (74887.54032914672 + x * (293136.7857211597 + x * (679979.8474157227 + x * 709811.662581658)))))))));
        s2 = 1 + x * (45 + x * (870 + x * (9450 + x * (63273 + x * (269325 + x * (723680 + x * (1172700 + x * (1026576 + x * (362880 + x * 0)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-beta/lib/main.js
var require_main57 = __commonJS({
  "node_modules/@stdlib/math-base-special-beta/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var log1p = require_lib65();
    var sqrt = require_lib54();
    var abs = require_lib46();
    var exp = require_lib51();
    var pow = require_lib75();
    var E = require_lib76();
    var EPSILON = require_lib77();
    var lanczosSumExpGScaled = require_lanczos_sum_expg_scaled();
    var G = 10.900511;
    function beta(a, b) {
      var ambh;
      var agh;
      var bgh;
      var cgh;
      var res;
      var tmp;
      var c;
      if (isnan(a) || isnan(b)) {
        return NaN;
      }
      if (a < 0 || b < 0) {
        return NaN;
      }
      if (b === 1) {
        return 1 / a;
      }
      if (a === 1) {
        return 1 / b;
      }
      c = a + b;
      if (c < EPSILON) {
        res = c / a;
        res /= b;
        return res;
      }
      if (c === a && b < EPSILON) {
        return 1 / b;
      }
      if (c === b && a < EPSILON) {
        return 1 / a;
      }
      if (a < b) {
        tmp = b;
        b = a;
        a = tmp;
      }
      agh = a + G - 0.5;
      bgh = b + G - 0.5;
      cgh = c + G - 0.5;
      res = lanczosSumExpGScaled(a) * (lanczosSumExpGScaled(b) / lanczosSumExpGScaled(c));
      ambh = a - 0.5 - b;
      if (abs(b * ambh) < cgh * 100 && a > 100) {
        res *= exp(ambh * log1p(-b / cgh));
      } else {
        res *= pow(agh / cgh, ambh);
      }
      if (cgh > 1e10) {
        res *= pow(agh / cgh * (bgh / cgh), b);
      } else {
        res *= pow(agh * bgh / (cgh * cgh), b);
      }
      res *= sqrt(E / bgh);
      return res;
    }
    module.exports = beta;
  }
});

// node_modules/@stdlib/math-base-special-beta/lib/index.js
var require_lib78 = __commonJS({
  "node_modules/@stdlib/math-base-special-beta/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main57();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-zero/lib/main.js
var require_main58 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-zero/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib12();
    function isPositiveZero(x) {
      return x === 0 && 1 / x === PINF;
    }
    module.exports = isPositiveZero;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-zero/lib/index.js
var require_lib79 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-zero/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main58();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-max/lib/main.js
var require_main59 = __commonJS({
  "node_modules/@stdlib/math-base-special-max/lib/main.js"(exports, module) {
    "use strict";
    var isPositiveZero = require_lib79();
    var isnan = require_lib6();
    var PINF = require_lib12();
    function max(x, y) {
      if (isnan(x) || isnan(y)) {
        return NaN;
      }
      if (x === PINF || y === PINF) {
        return PINF;
      }
      if (x === y && x === 0) {
        if (isPositiveZero(x)) {
          return x;
        }
        return y;
      }
      if (x > y) {
        return x;
      }
      return y;
    }
    module.exports = max;
  }
});

// node_modules/@stdlib/math-base-special-max/lib/index.js
var require_lib80 = __commonJS({
  "node_modules/@stdlib/math-base-special-max/lib/index.js"(exports, module) {
    "use strict";
    var max = require_main59();
    module.exports = max;
  }
});

// node_modules/@stdlib/math-base-assert-is-negative-zero/lib/main.js
var require_main60 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-negative-zero/lib/main.js"(exports, module) {
    "use strict";
    var NINF = require_lib11();
    function isNegativeZero(x) {
      return x === 0 && 1 / x === NINF;
    }
    module.exports = isNegativeZero;
  }
});

// node_modules/@stdlib/math-base-assert-is-negative-zero/lib/index.js
var require_lib81 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-negative-zero/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main60();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-min/lib/main.js
var require_main61 = __commonJS({
  "node_modules/@stdlib/math-base-special-min/lib/main.js"(exports, module) {
    "use strict";
    var isNegativeZero = require_lib81();
    var isnan = require_lib6();
    var NINF = require_lib11();
    function min(x, y) {
      if (isnan(x) || isnan(y)) {
        return NaN;
      }
      if (x === NINF || y === NINF) {
        return NINF;
      }
      if (x === y && x === 0) {
        if (isNegativeZero(x)) {
          return x;
        }
        return y;
      }
      if (x < y) {
        return x;
      }
      return y;
    }
    module.exports = min;
  }
});

// node_modules/@stdlib/math-base-special-min/lib/index.js
var require_lib82 = __commonJS({
  "node_modules/@stdlib/math-base-special-min/lib/index.js"(exports, module) {
    "use strict";
    var min = require_main61();
    module.exports = min;
  }
});

// node_modules/@stdlib/constants-float64-max/lib/index.js
var require_lib83 = __commonJS({
  "node_modules/@stdlib/constants-float64-max/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX = 17976931348623157e292;
    module.exports = FLOAT64_MAX;
  }
});

// node_modules/@stdlib/constants-int32-max/lib/index.js
var require_lib84 = __commonJS({
  "node_modules/@stdlib/constants-int32-max/lib/index.js"(exports, module) {
    "use strict";
    var INT32_MAX = 2147483647 | 0;
    module.exports = INT32_MAX;
  }
});

// node_modules/@stdlib/constants-float64-half-pi/lib/index.js
var require_lib85 = __commonJS({
  "node_modules/@stdlib/constants-float64-half-pi/lib/index.js"(exports, module) {
    "use strict";
    var HALF_PI = 1.5707963267948966;
    module.exports = HALF_PI;
  }
});

// node_modules/@stdlib/constants-float64-pi/lib/index.js
var require_lib86 = __commonJS({
  "node_modules/@stdlib/constants-float64-pi/lib/index.js"(exports, module) {
    "use strict";
    var PI = 3.141592653589793;
    module.exports = PI;
  }
});

// node_modules/@stdlib/math-base-special-kernel-cos/lib/polyval_c13.js
var require_polyval_c13 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-cos/lib/polyval_c13.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.0416666666666666;
      }
      return 0.0416666666666666 + x * (-0.001388888888887411 + x * 2480158728947673e-20);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-cos/lib/polyval_c46.js
var require_polyval_c46 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-cos/lib/polyval_c46.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -27557314351390663e-23;
      }
      return -27557314351390663e-23 + x * (2087572321298175e-24 + x * -11359647557788195e-27);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-cos/lib/main.js
var require_main62 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-cos/lib/main.js"(exports, module) {
    "use strict";
    var polyval13 = require_polyval_c13();
    var polyval46 = require_polyval_c46();
    function kernelCos(x, y) {
      var hz;
      var r;
      var w;
      var z;
      z = x * x;
      w = z * z;
      r = z * polyval13(z);
      r += w * w * polyval46(z);
      hz = 0.5 * z;
      w = 1 - hz;
      return w + (1 - w - hz + (z * r - x * y));
    }
    module.exports = kernelCos;
  }
});

// node_modules/@stdlib/math-base-special-kernel-cos/lib/index.js
var require_lib87 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-cos/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main62();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-kernel-sin/lib/main.js
var require_main63 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-sin/lib/main.js"(exports, module) {
    "use strict";
    var S1 = -0.16666666666666632;
    var S2 = 0.00833333333332249;
    var S3 = -1984126982985795e-19;
    var S4 = 27557313707070068e-22;
    var S5 = -25050760253406863e-24;
    var S6 = 158969099521155e-24;
    function kernelSin(x, y) {
      var r;
      var v;
      var w;
      var z;
      z = x * x;
      w = z * z;
      r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
      v = z * x;
      if (y === 0) {
        return x + v * (S1 + z * r);
      }
      return x - (z * (0.5 * y - v * r) - y - v * S1);
    }
    module.exports = kernelSin;
  }
});

// node_modules/@stdlib/math-base-special-kernel-sin/lib/index.js
var require_lib88 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-sin/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main63();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-get-low-word/lib/low.js
var require_low2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-low-word/lib/low.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var LOW;
    if (isLittleEndian === true) {
      LOW = 0;
    } else {
      LOW = 1;
    }
    module.exports = LOW;
  }
});

// node_modules/@stdlib/number-float64-base-get-low-word/lib/main.js
var require_main64 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-low-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var LOW = require_low2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function getLowWord(x) {
      FLOAT64_VIEW[0] = x;
      return UINT32_VIEW[LOW];
    }
    module.exports = getLowWord;
  }
});

// node_modules/@stdlib/number-float64-base-get-low-word/lib/index.js
var require_lib89 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-low-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main64();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-filled/lib/main.js
var require_main65 = __commonJS({
  "node_modules/@stdlib/array-base-filled/lib/main.js"(exports, module) {
    "use strict";
    function filled(value, len) {
      var arr;
      var i;
      arr = [];
      for (i = 0; i < len; i++) {
        arr.push(value);
      }
      return arr;
    }
    module.exports = filled;
  }
});

// node_modules/@stdlib/array-base-filled/lib/index.js
var require_lib90 = __commonJS({
  "node_modules/@stdlib/array-base-filled/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main65();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-zeros/lib/main.js
var require_main66 = __commonJS({
  "node_modules/@stdlib/array-base-zeros/lib/main.js"(exports, module) {
    "use strict";
    var filled = require_lib90();
    function zeros(len) {
      return filled(0, len);
    }
    module.exports = zeros;
  }
});

// node_modules/@stdlib/array-base-zeros/lib/index.js
var require_lib91 = __commonJS({
  "node_modules/@stdlib/array-base-zeros/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main66();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-rempio2/lib/kernel_rempio2.js
var require_kernel_rempio2 = __commonJS({
  "node_modules/@stdlib/math-base-special-rempio2/lib/kernel_rempio2.js"(exports, module) {
    "use strict";
    var floor = require_lib7();
    var ldexp = require_lib50();
    var zeros = require_lib91();
    var IPIO2 = [
      10680707,
      7228996,
      1387004,
      2578385,
      16069853,
      12639074,
      9804092,
      4427841,
      16666979,
      11263675,
      12935607,
      2387514,
      4345298,
      14681673,
      3074569,
      13734428,
      16653803,
      1880361,
      10960616,
      8533493,
      3062596,
      8710556,
      7349940,
      6258241,
      3772886,
      3769171,
      3798172,
      8675211,
      12450088,
      3874808,
      9961438,
      366607,
      15675153,
      9132554,
      7151469,
      3571407,
      2607881,
      12013382,
      4155038,
      6285869,
      7677882,
      13102053,
      15825725,
      473591,
      9065106,
      15363067,
      6271263,
      9264392,
      5636912,
      4652155,
      7056368,
      13614112,
      10155062,
      1944035,
      9527646,
      15080200,
      6658437,
      6231200,
      6832269,
      16767104,
      5075751,
      3212806,
      1398474,
      7579849,
      6349435,
      12618859
    ];
    var PIO2 = [
      1.570796251296997,
      // 0x3FF921FB, 0x40000000
      7549789415861596e-23,
      // 0x3E74442D, 0x00000000
      5390302529957765e-30,
      // 0x3CF84698, 0x80000000
      3282003415807913e-37,
      // 0x3B78CC51, 0x60000000
      1270655753080676e-44,
      // 0x39F01B83, 0x80000000
      12293330898111133e-52,
      // 0x387A2520, 0x40000000
      27337005381646456e-60,
      // 0x36E38222, 0x80000000
      21674168387780482e-67
      // 0x3569F31D, 0x00000000
    ];
    var TWO24 = 16777216;
    var TWON24 = 5960464477539063e-23;
    var F = zeros(20);
    var Q = zeros(20);
    var FQ = zeros(20);
    var IQ = zeros(20);
    function compute(x, y, jz, q, q0, jk, jv, jx, f) {
      var carry;
      var fw;
      var ih;
      var jp;
      var i;
      var k;
      var n;
      var j;
      var z;
      jp = jk;
      z = q[jz];
      j = jz;
      for (i = 0; j > 0; i++) {
        fw = TWON24 * z | 0;
        IQ[i] = z - TWO24 * fw | 0;
        z = q[j - 1] + fw;
        j -= 1;
      }
      z = ldexp(z, q0);
      z -= 8 * floor(z * 0.125);
      n = z | 0;
      z -= n;
      ih = 0;
      if (q0 > 0) {
        i = IQ[jz - 1] >> 24 - q0;
        n += i;
        IQ[jz - 1] -= i << 24 - q0;
        ih = IQ[jz - 1] >> 23 - q0;
      } else if (q0 === 0) {
        ih = IQ[jz - 1] >> 23;
      } else if (z >= 0.5) {
        ih = 2;
      }
      if (ih > 0) {
        n += 1;
        carry = 0;
        for (i = 0; i < jz; i++) {
          j = IQ[i];
          if (carry === 0) {
            if (j !== 0) {
              carry = 1;
              IQ[i] = 16777216 - j;
            }
          } else {
            IQ[i] = 16777215 - j;
          }
        }
        if (q0 > 0) {
          switch (q0) {
            // eslint-disable-line default-case
            case 1:
              IQ[jz - 1] &= 8388607;
              break;
            case 2:
              IQ[jz - 1] &= 4194303;
              break;
          }
        }
        if (ih === 2) {
          z = 1 - z;
          if (carry !== 0) {
            z -= ldexp(1, q0);
          }
        }
      }
      if (z === 0) {
        j = 0;
        for (i = jz - 1; i >= jk; i--) {
          j |= IQ[i];
        }
        if (j === 0) {
          for (k = 1; IQ[jk - k] === 0; k++) {
          }
          for (i = jz + 1; i <= jz + k; i++) {
            f[jx + i] = IPIO2[jv + i];
            fw = 0;
            for (j = 0; j <= jx; j++) {
              fw += x[j] * f[jx + (i - j)];
            }
            q[i] = fw;
          }
          jz += k;
          return compute(x, y, jz, q, q0, jk, jv, jx, f);
        }
        jz -= 1;
        q0 -= 24;
        while (IQ[jz] === 0) {
          jz -= 1;
          q0 -= 24;
        }
      } else {
        z = ldexp(z, -q0);
        if (z >= TWO24) {
          fw = TWON24 * z | 0;
          IQ[jz] = z - TWO24 * fw | 0;
          jz += 1;
          q0 += 24;
          IQ[jz] = fw;
        } else {
          IQ[jz] = z | 0;
        }
      }
      fw = ldexp(1, q0);
      for (i = jz; i >= 0; i--) {
        q[i] = fw * IQ[i];
        fw *= TWON24;
      }
      for (i = jz; i >= 0; i--) {
        fw = 0;
        for (k = 0; k <= jp && k <= jz - i; k++) {
          fw += PIO2[k] * q[i + k];
        }
        FQ[jz - i] = fw;
      }
      fw = 0;
      for (i = jz; i >= 0; i--) {
        fw += FQ[i];
      }
      if (ih === 0) {
        y[0] = fw;
      } else {
        y[0] = -fw;
      }
      fw = FQ[0] - fw;
      for (i = 1; i <= jz; i++) {
        fw += FQ[i];
      }
      if (ih === 0) {
        y[1] = fw;
      } else {
        y[1] = -fw;
      }
      return n & 7;
    }
    function kernelRempio2(x, y, e0, nx) {
      var fw;
      var jk;
      var jv;
      var jx;
      var jz;
      var q0;
      var i;
      var j;
      var m;
      jk = 4;
      jx = nx - 1;
      jv = (e0 - 3) / 24 | 0;
      if (jv < 0) {
        jv = 0;
      }
      q0 = e0 - 24 * (jv + 1);
      j = jv - jx;
      m = jx + jk;
      for (i = 0; i <= m; i++) {
        if (j < 0) {
          F[i] = 0;
        } else {
          F[i] = IPIO2[j];
        }
        j += 1;
      }
      for (i = 0; i <= jk; i++) {
        fw = 0;
        for (j = 0; j <= jx; j++) {
          fw += x[j] * F[jx + (i - j)];
        }
        Q[i] = fw;
      }
      jz = jk;
      return compute(x, y, jz, Q, q0, jk, jv, jx, F);
    }
    module.exports = kernelRempio2;
  }
});

// node_modules/@stdlib/math-base-special-round/lib/main.js
var require_main67 = __commonJS({
  "node_modules/@stdlib/math-base-special-round/lib/main.js"(exports, module) {
    "use strict";
    var round2 = Math.round;
    module.exports = round2;
  }
});

// node_modules/@stdlib/math-base-special-round/lib/index.js
var require_lib92 = __commonJS({
  "node_modules/@stdlib/math-base-special-round/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main67();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-rempio2/lib/rempio2_medium.js
var require_rempio2_medium = __commonJS({
  "node_modules/@stdlib/math-base-special-rempio2/lib/rempio2_medium.js"(exports, module) {
    "use strict";
    var round2 = require_lib92();
    var getHighWord = require_lib42();
    var INVPIO2 = 0.6366197723675814;
    var PIO2_1 = 1.5707963267341256;
    var PIO2_1T = 6077100506506192e-26;
    var PIO2_2 = 6077100506303966e-26;
    var PIO2_2T = 20222662487959506e-37;
    var PIO2_3 = 20222662487111665e-37;
    var PIO2_3T = 84784276603689e-45;
    var EXPONENT_MASK = 2047 | 0;
    function rempio2Medium(x, ix, y) {
      var high;
      var n;
      var t;
      var r;
      var w;
      var i;
      var j;
      n = round2(x * INVPIO2);
      r = x - n * PIO2_1;
      w = n * PIO2_1T;
      j = ix >> 20 | 0;
      y[0] = r - w;
      high = getHighWord(y[0]);
      i = j - (high >> 20 & EXPONENT_MASK);
      if (i > 16) {
        t = r;
        w = n * PIO2_2;
        r = t - w;
        w = n * PIO2_2T - (t - r - w);
        y[0] = r - w;
        high = getHighWord(y[0]);
        i = j - (high >> 20 & EXPONENT_MASK);
        if (i > 49) {
          t = r;
          w = n * PIO2_3;
          r = t - w;
          w = n * PIO2_3T - (t - r - w);
          y[0] = r - w;
        }
      }
      y[1] = r - y[0] - w;
      return n;
    }
    module.exports = rempio2Medium;
  }
});

// node_modules/@stdlib/math-base-special-rempio2/lib/main.js
var require_main68 = __commonJS({
  "node_modules/@stdlib/math-base-special-rempio2/lib/main.js"(exports, module) {
    "use strict";
    var ABS_MASK = require_lib19();
    var EXPONENT_MASK = require_lib48();
    var SIGNIFICAND_MASK = require_lib74();
    var getHighWord = require_lib42();
    var getLowWord = require_lib89();
    var fromWords = require_lib43();
    var rempio2Kernel = require_kernel_rempio2();
    var rempio2Medium = require_rempio2_medium();
    var ZERO = 0;
    var TWO24 = 16777216;
    var PIO2_1 = 1.5707963267341256;
    var PIO2_1T = 6077100506506192e-26;
    var TWO_PIO2_1T = 2 * PIO2_1T;
    var THREE_PIO2_1T = 3 * PIO2_1T;
    var FOUR_PIO2_1T = 4 * PIO2_1T;
    var PI_HIGH_WORD_SIGNIFICAND = 598523 | 0;
    var PIO4_HIGH_WORD = 1072243195 | 0;
    var THREE_PIO4_HIGH_WORD = 1073928572 | 0;
    var FIVE_PIO4_HIGH_WORD = 1074752122 | 0;
    var THREE_PIO2_HIGH_WORD = 1074977148 | 0;
    var SEVEN_PIO4_HIGH_WORD = 1075183036 | 0;
    var TWO_PI_HIGH_WORD = 1075388923 | 0;
    var NINE_PIO4_HIGH_WORD = 1075594811 | 0;
    var MEDIUM = 1094263291 | 0;
    var TX = [0, 0, 0];
    var TY = [0, 0];
    function rempio2(x, y) {
      var low;
      var e0;
      var hx;
      var ix;
      var nx;
      var i;
      var n;
      var z;
      hx = getHighWord(x) | 0;
      ix = hx & ABS_MASK | 0;
      if (ix <= PIO4_HIGH_WORD) {
        y[0] = x;
        y[1] = 0;
        return 0;
      }
      if (ix <= FIVE_PIO4_HIGH_WORD) {
        if ((ix & SIGNIFICAND_MASK) === PI_HIGH_WORD_SIGNIFICAND) {
          return rempio2Medium(x, ix, y);
        }
        if (ix <= THREE_PIO4_HIGH_WORD) {
          if (hx > 0) {
            z = x - PIO2_1;
            y[0] = z - PIO2_1T;
            y[1] = z - y[0] - PIO2_1T;
            return 1;
          }
          z = x + PIO2_1;
          y[0] = z + PIO2_1T;
          y[1] = z - y[0] + PIO2_1T;
          return -1;
        }
        if (hx > 0) {
          z = x - 2 * PIO2_1;
          y[0] = z - TWO_PIO2_1T;
          y[1] = z - y[0] - TWO_PIO2_1T;
          return 2;
        }
        z = x + 2 * PIO2_1;
        y[0] = z + TWO_PIO2_1T;
        y[1] = z - y[0] + TWO_PIO2_1T;
        return -2;
      }
      if (ix <= NINE_PIO4_HIGH_WORD) {
        if (ix <= SEVEN_PIO4_HIGH_WORD) {
          if (ix === THREE_PIO2_HIGH_WORD) {
            return rempio2Medium(x, ix, y);
          }
          if (hx > 0) {
            z = x - 3 * PIO2_1;
            y[0] = z - THREE_PIO2_1T;
            y[1] = z - y[0] - THREE_PIO2_1T;
            return 3;
          }
          z = x + 3 * PIO2_1;
          y[0] = z + THREE_PIO2_1T;
          y[1] = z - y[0] + THREE_PIO2_1T;
          return -3;
        }
        if (ix === TWO_PI_HIGH_WORD) {
          return rempio2Medium(x, ix, y);
        }
        if (hx > 0) {
          z = x - 4 * PIO2_1;
          y[0] = z - FOUR_PIO2_1T;
          y[1] = z - y[0] - FOUR_PIO2_1T;
          return 4;
        }
        z = x + 4 * PIO2_1;
        y[0] = z + FOUR_PIO2_1T;
        y[1] = z - y[0] + FOUR_PIO2_1T;
        return -4;
      }
      if (ix < MEDIUM) {
        return rempio2Medium(x, ix, y);
      }
      if (ix >= EXPONENT_MASK) {
        y[0] = NaN;
        y[1] = NaN;
        return 0;
      }
      low = getLowWord(x);
      e0 = (ix >> 20) - 1046;
      z = fromWords(ix - (e0 << 20 | 0), low);
      for (i = 0; i < 2; i++) {
        TX[i] = z | 0;
        z = (z - TX[i]) * TWO24;
      }
      TX[2] = z;
      nx = 3;
      while (TX[nx - 1] === ZERO) {
        nx -= 1;
      }
      n = rempio2Kernel(TX, TY, e0, nx, 1);
      if (hx < 0) {
        y[0] = -TY[0];
        y[1] = -TY[1];
        return -n;
      }
      y[0] = TY[0];
      y[1] = TY[1];
      return n;
    }
    module.exports = rempio2;
  }
});

// node_modules/@stdlib/math-base-special-rempio2/lib/index.js
var require_lib93 = __commonJS({
  "node_modules/@stdlib/math-base-special-rempio2/lib/index.js"(exports, module) {
    "use strict";
    var rempio2 = require_main68();
    module.exports = rempio2;
  }
});

// node_modules/@stdlib/math-base-special-sin/lib/main.js
var require_main69 = __commonJS({
  "node_modules/@stdlib/math-base-special-sin/lib/main.js"(exports, module) {
    "use strict";
    var HIGH_WORD_ABS_MASK = require_lib19();
    var HIGH_WORD_EXPONENT_MASK = require_lib48();
    var getHighWord = require_lib42();
    var kernelCos = require_lib87();
    var kernelSin = require_lib88();
    var rempio2 = require_lib93();
    var PIO4_HIGH_WORD = 1072243195 | 0;
    var SMALL_HIGH_WORD = 1045430272 | 0;
    var Y = [0, 0];
    function sin(x) {
      var ix;
      var n;
      ix = getHighWord(x);
      ix &= HIGH_WORD_ABS_MASK;
      if (ix <= PIO4_HIGH_WORD) {
        if (ix < SMALL_HIGH_WORD) {
          return x;
        }
        return kernelSin(x, 0);
      }
      if (ix >= HIGH_WORD_EXPONENT_MASK) {
        return NaN;
      }
      n = rempio2(x, Y);
      switch (n & 3) {
        case 0:
          return kernelSin(Y[0], Y[1]);
        case 1:
          return kernelCos(Y[0], Y[1]);
        case 2:
          return -kernelSin(Y[0], Y[1]);
        default:
          return -kernelCos(Y[0], Y[1]);
      }
    }
    module.exports = sin;
  }
});

// node_modules/@stdlib/math-base-special-sin/lib/index.js
var require_lib94 = __commonJS({
  "node_modules/@stdlib/math-base-special-sin/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main69();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-sqrt-two-pi/lib/index.js
var require_lib95 = __commonJS({
  "node_modules/@stdlib/constants-float64-sqrt-two-pi/lib/index.js"(exports, module) {
    "use strict";
    var SQRT_TWO_PI = 2.5066282746310007;
    module.exports = SQRT_TWO_PI;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/polyval_s.js
var require_polyval_s = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/polyval_s.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.08333333333334822;
      }
      return 0.08333333333334822 + x * (0.0034722222160545866 + x * (-0.0026813261780578124 + x * (-22954996161337813e-20 + x * 7873113957930937e-19)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/stirling_approximation.js
var require_stirling_approximation = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/stirling_approximation.js"(exports, module) {
    "use strict";
    var SQRT_TWO_PI = require_lib95();
    var pow = require_lib75();
    var exp = require_lib51();
    var polyval = require_polyval_s();
    var MAX_STIRLING = 143.01608;
    function gamma(x) {
      var w;
      var y;
      var v;
      w = 1 / x;
      w = 1 + w * polyval(w);
      y = exp(x);
      if (x > MAX_STIRLING) {
        v = pow(x, 0.5 * x - 0.25);
        y = v * (v / y);
      } else {
        y = pow(x, x - 0.5) / y;
      }
      return SQRT_TWO_PI * y * w;
    }
    module.exports = gamma;
  }
});

// node_modules/@stdlib/constants-float64-eulergamma/lib/index.js
var require_lib96 = __commonJS({
  "node_modules/@stdlib/constants-float64-eulergamma/lib/index.js"(exports, module) {
    "use strict";
    var EULERGAMMA = 0.5772156649015329;
    module.exports = EULERGAMMA;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/small_approximation.js
var require_small_approximation = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/small_approximation.js"(exports, module) {
    "use strict";
    var EULER = require_lib96();
    function gamma(x, z) {
      return z / ((1 + EULER * x) * x);
    }
    module.exports = gamma;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/rational_pq.js
var require_rational_pq2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/rational_pq.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 1;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 1 + x * (0.4942148268014971 + x * (0.20744822764843598 + x * (0.04763678004571372 + x * (0.010421379756176158 + x * (0.0011913514700658638 + x * (16011952247675185e-20 + x * 0))))));
        s2 = 1 + x * (0.0714304917030273 + x * (-0.23459179571824335 + x * (0.035823639860549865 + x * (0.011813978522206043 + x * (-0.004456419138517973 + x * (5396055804933034e-19 + x * -23158187332412014e-21))))));
      } else {
        x = 1 / x;
        s1 = 0 + x * (16011952247675185e-20 + x * (0.0011913514700658638 + x * (0.010421379756176158 + x * (0.04763678004571372 + x * (0.20744822764843598 + x * (0.4942148268014971 + x * 1))))));
        s2 = -23158187332412014e-21 + x * (5396055804933034e-19 + x * (-0.004456419138517973 + x * (0.011813978522206043 + x * (0.035823639860549865 + x * (-0.23459179571824335 + x * (0.0714304917030273 + x * 1))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/main.js
var require_main70 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var isInteger = require_lib68();
    var isNegativeZero = require_lib81();
    var abs = require_lib46();
    var floor = require_lib7();
    var sin = require_lib94();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var PI = require_lib86();
    var stirlingApprox = require_stirling_approximation();
    var smallApprox = require_small_approximation();
    var rateval = require_rational_pq2();
    function gamma(x) {
      var sign;
      var q;
      var p;
      var z;
      if (isInteger(x) && x < 0 || x === NINF || isnan(x)) {
        return NaN;
      }
      if (x === 0) {
        if (isNegativeZero(x)) {
          return NINF;
        }
        return PINF;
      }
      if (x > 171.61447887182297) {
        return PINF;
      }
      if (x < -170.5674972726612) {
        return 0;
      }
      q = abs(x);
      if (q > 33) {
        if (x >= 0) {
          return stirlingApprox(x);
        }
        p = floor(q);
        if ((p & 1) === 0) {
          sign = -1;
        } else {
          sign = 1;
        }
        z = q - p;
        if (z > 0.5) {
          p += 1;
          z = q - p;
        }
        z = q * sin(PI * z);
        return sign * PI / (abs(z) * stirlingApprox(q));
      }
      z = 1;
      while (x >= 3) {
        x -= 1;
        z *= x;
      }
      while (x < 0) {
        if (x > -1e-9) {
          return smallApprox(x, z);
        }
        z /= x;
        x += 1;
      }
      while (x < 2) {
        if (x < 1e-9) {
          return smallApprox(x, z);
        }
        z /= x;
        x += 1;
      }
      if (x === 2) {
        return z;
      }
      x -= 2;
      return z * rateval(x);
    }
    module.exports = gamma;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/index.js
var require_lib97 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main70();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-max-nth-factorial/lib/index.js
var require_lib98 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-nth-factorial/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_NTH_FACTORIAL = 170 | 0;
    module.exports = FLOAT64_MAX_NTH_FACTORIAL;
  }
});

// node_modules/@stdlib/math-base-special-factorial/lib/factorials.json
var require_factorials = __commonJS({
  "node_modules/@stdlib/math-base-special-factorial/lib/factorials.json"(exports, module) {
    module.exports = [
      1,
      1,
      2,
      6,
      24,
      120,
      720,
      5040,
      40320,
      362880,
      3628800,
      39916800,
      479001600,
      6227020800,
      87178291200,
      1307674368e3,
      20922789888e3,
      355687428096e3,
      6402373705728e3,
      121645100408832e3,
      243290200817664e4,
      5109094217170944e4,
      11240007277776077e5,
      2585201673888498e7,
      6204484017332394e8,
      15511210043330986e9,
      40329146112660565e10,
      10888869450418352e12,
      30488834461171387e13,
      8841761993739702e15,
      26525285981219107e16,
      8222838654177922e18,
      2631308369336935e20,
      8683317618811886e21,
      29523279903960416e22,
      10333147966386145e24,
      37199332678990125e25,
      13763753091226346e27,
      5230226174666011e29,
      20397882081197444e30,
      8159152832478977e32,
      3345252661316381e34,
      140500611775288e37,
      6041526306337383e37,
      2658271574788449e39,
      11962222086548019e40,
      5502622159812089e42,
      25862324151116818e43,
      12413915592536073e45,
      6082818640342675e47,
      30414093201713376e48,
      15511187532873822e50,
      8065817517094388e52,
      42748832840600255e53,
      2308436973392414e56,
      12696403353658276e57,
      7109985878048635e59,
      40526919504877214e60,
      23505613312828785e62,
      13868311854568984e64,
      832098711274139e67,
      5075802138772248e68,
      3146997326038794e70,
      198260831540444e73,
      12688693218588417e73,
      8247650592082472e75,
      5443449390774431e77,
      3647111091818868e79,
      24800355424368305e80,
      1711224524281413e83,
      11978571669969892e84,
      8504785885678623e86,
      61234458376886085e87,
      44701154615126844e89,
      3307885441519386e92,
      248091408113954e95,
      18854947016660504e95,
      14518309202828587e97,
      11324281178206297e99,
      8946182130782976e101,
      7156945704626381e103,
      5797126020747368e105,
      4753643337012842e107,
      3945523969720659e109,
      3314240134565353e111,
      281710411438055e114,
      24227095383672734e114,
      2107757298379528e117,
      18548264225739844e118,
      1650795516090846e121,
      14857159644817615e122,
      1352001527678403e125,
      12438414054641308e126,
      11567725070816416e128,
      1087366156656743e131,
      1032997848823906e133,
      9916779348709496e134,
      9619275968248212e136,
      9426890448883248e138,
      9332621544394415e140,
      9332621544394415e142,
      942594775983836e145,
      9614466715035127e146,
      990290071648618e149,
      10299016745145628e150,
      1081396758240291e153,
      11462805637347084e154,
      1226520203196138e157,
      1324641819451829e159,
      14438595832024937e160,
      1588245541522743e163,
      17629525510902446e164,
      1974506857221074e167,
      22311927486598138e168,
      25435597334721877e170,
      2925093693493016e173,
      3393108684451898e175,
      3969937160808721e177,
      4684525849754291e179,
      5574585761207606e181,
      6689502913449127e183,
      8094298525273444e185,
      9875044200833601e187,
      1214630436702533e190,
      1506141741511141e192,
      1882677176888926e194,
      2372173242880047e196,
      30126600184576594e197,
      3856204823625804e200,
      4974504222477287e202,
      6466855489220474e204,
      847158069087882e207,
      11182486511960043e208,
      14872707060906857e210,
      19929427461615188e212,
      26904727073180504e214,
      3659042881952549e217,
      5012888748274992e219,
      6917786472619489e221,
      9615723196941089e223,
      13462012475717526e225,
      1898143759076171e228,
      2695364137888163e230,
      3854370717180073e232,
      55502938327393044e233,
      8047926057471992e236,
      11749972043909107e238,
      1727245890454639e241,
      25563239178728654e242,
      380892263763057e246,
      5713383956445855e247,
      862720977423324e250,
      13113358856834524e251,
      20063439050956823e253,
      30897696138473508e255,
      4789142901463394e258,
      7471062926282894e260,
      11729568794264145e262,
      1853271869493735e265,
      29467022724950384e266,
      47147236359920616e268,
      7590705053947219e271,
      12296942187394494e273,
      20044015765453026e275,
      3287218585534296e278,
      5423910666131589e280,
      9003691705778438e282,
      1503616514864999e285,
      25260757449731984e286,
      4269068009004705e289,
      7257415615307999e291
    ];
  }
});

// node_modules/@stdlib/math-base-special-factorial/lib/main.js
var require_main71 = __commonJS({
  "node_modules/@stdlib/math-base-special-factorial/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var isInteger = require_lib68();
    var gamma = require_lib97();
    var PINF = require_lib12();
    var FLOAT64_MAX_NTH_FACTORIAL = require_lib98();
    var FACTORIALS = require_factorials();
    function factorial(x) {
      if (isnan(x)) {
        return NaN;
      }
      if (isInteger(x)) {
        if (x < 0) {
          return NaN;
        }
        if (x <= FLOAT64_MAX_NTH_FACTORIAL) {
          return FACTORIALS[x];
        }
        return PINF;
      }
      return gamma(x + 1);
    }
    module.exports = factorial;
  }
});

// node_modules/@stdlib/math-base-special-factorial/lib/index.js
var require_lib99 = __commonJS({
  "node_modules/@stdlib/math-base-special-factorial/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main71();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/rational_pq.js
var require_rational_pq3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/rational_pq.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return Infinity;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 3847467039331777e-5 + x * (3685766504351951e-5 + x * (1588920245372942e-5 + x * (4059208354298835e-6 + x * (6805476611834733e-7 + x * (7823975500312005e-8 + x * (6246580776401795e-9 + x * (341986.3488721347 + x * (12287.194511824551 + x * (261.61404416416684 + x * 2.5066282746310007)))))))));
        s2 = 0 + x * (362880 + x * (1026576 + x * (1172700 + x * (723680 + x * (269325 + x * (63273 + x * (9450 + x * (870 + x * (45 + x * 1)))))))));
      } else {
        x = 1 / x;
        s1 = 2.5066282746310007 + x * (261.61404416416684 + x * (12287.194511824551 + x * (341986.3488721347 + x * (6246580776401795e-9 + x * (7823975500312005e-8 + x * (6805476611834733e-7 + x * (4059208354298835e-6 + x * (1588920245372942e-5 + x * (3685766504351951e-5 + x * 3847467039331777e-5)))))))));
        s2 = 1 + x * (45 + x * (870 + x * (9450 + x * (63273 + x * (269325 + x * (723680 + x * (1172700 + x * (1026576 + x * (362880 + x * 0)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/main.js
var require_main72 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/main.js"(exports, module) {
    "use strict";
    var gammaLanczosSum = require_rational_pq3();
    module.exports = gammaLanczosSum;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/index.js
var require_lib100 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main72();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-gamma-lanczos-g/lib/index.js
var require_lib101 = __commonJS({
  "node_modules/@stdlib/constants-float64-gamma-lanczos-g/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_GAMMA_LANCZOS_G = 10.900511;
    module.exports = FLOAT64_GAMMA_LANCZOS_G;
  }
});

// node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/gamma_delta_ratio_lanczos.js
var require_gamma_delta_ratio_lanczos = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/gamma_delta_ratio_lanczos.js"(exports, module) {
    "use strict";
    var lanczosSum = require_lib100();
    var gamma = require_lib97();
    var log1p = require_lib65();
    var abs = require_lib46();
    var exp = require_lib51();
    var pow = require_lib75();
    var EPSILON = require_lib77();
    var E = require_lib76();
    var G = require_lib101();
    var FLOAT64_MAX_NTH_FACTORIAL = require_lib98();
    var FACTORIAL_169 = 4269068009004705e289;
    function gammaDeltaRatioLanczos(z, delta) {
      var result;
      var ratio;
      var zgh;
      if (z < EPSILON) {
        if (delta >= FLOAT64_MAX_NTH_FACTORIAL) {
          ratio = gammaDeltaRatioLanczos(delta, FLOAT64_MAX_NTH_FACTORIAL - delta);
          ratio *= z;
          ratio *= FACTORIAL_169;
          return 1 / ratio;
        }
        return 1 / (z * gamma(z + delta));
      }
      zgh = z + G - 0.5;
      if (z + delta === z) {
        if (abs(delta / zgh) < EPSILON) {
          result = exp(-delta);
        } else {
          result = 1;
        }
      } else {
        if (abs(delta) < 10) {
          result = exp((0.5 - z) * log1p(delta / zgh));
        } else {
          result = pow(zgh / (zgh + delta), z - 0.5);
        }
        result *= lanczosSum(z) / lanczosSum(z + delta);
      }
      result *= pow(E / (zgh + delta), delta);
      return result;
    }
    module.exports = gammaDeltaRatioLanczos;
  }
});

// node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/main.js
var require_main73 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/main.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var floor = require_lib7();
    var gamma = require_lib97();
    var factorial = require_lib99();
    var FLOAT64_MAX_NTH_FACTORIAL = require_lib98();
    var gammaDeltaRatioLanczos = require_gamma_delta_ratio_lanczos();
    function gammaDeltaRatio(z, delta) {
      var result;
      var idelta;
      var iz;
      if (z <= 0 || z + delta <= 0) {
        return gamma(z) / gamma(z + delta);
      }
      idelta = floor(delta);
      if (idelta === delta) {
        iz = floor(z);
        if (iz === z) {
          if (z <= FLOAT64_MAX_NTH_FACTORIAL && z + delta <= FLOAT64_MAX_NTH_FACTORIAL) {
            return factorial(iz - 1) / factorial(idelta + iz - 1);
          }
        }
        if (abs(delta) < 20) {
          if (delta === 0) {
            return 1;
          }
          if (delta < 0) {
            z -= 1;
            result = z;
            delta += 1;
            while (delta !== 0) {
              z -= 1;
              result *= z;
              delta += 1;
            }
            return result;
          }
          result = 1 / z;
          delta -= 1;
          while (delta !== 0) {
            z += 1;
            result /= z;
            delta -= 1;
          }
          return result;
        }
      }
      return gammaDeltaRatioLanczos(z, delta);
    }
    module.exports = gammaDeltaRatio;
  }
});

// node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/index.js
var require_lib102 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main73();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-cos/lib/main.js
var require_main74 = __commonJS({
  "node_modules/@stdlib/math-base-special-cos/lib/main.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib42();
    var kernelCos = require_lib87();
    var kernelSin = require_lib88();
    var rempio2 = require_lib93();
    var ABS_MASK = require_lib19();
    var EXPONENT_MASK = require_lib48();
    var buffer = [0, 0];
    var HIGH_WORD_PIO4 = 1072243195 | 0;
    var HIGH_WORD_TWO_NEG_27 = 1044381696 | 0;
    function cos(x) {
      var ix;
      var n;
      ix = getHighWord(x);
      ix &= ABS_MASK;
      if (ix <= HIGH_WORD_PIO4) {
        if (ix < HIGH_WORD_TWO_NEG_27) {
          return 1;
        }
        return kernelCos(x, 0);
      }
      if (ix >= EXPONENT_MASK) {
        return NaN;
      }
      n = rempio2(x, buffer);
      switch (n & 3) {
        case 0:
          return kernelCos(buffer[0], buffer[1]);
        case 1:
          return -kernelSin(buffer[0], buffer[1]);
        case 2:
          return -kernelCos(buffer[0], buffer[1]);
        default:
          return kernelSin(buffer[0], buffer[1]);
      }
    }
    module.exports = cos;
  }
});

// node_modules/@stdlib/math-base-special-cos/lib/index.js
var require_lib103 = __commonJS({
  "node_modules/@stdlib/math-base-special-cos/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main74();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-sinpi/lib/main.js
var require_main75 = __commonJS({
  "node_modules/@stdlib/math-base-special-sinpi/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var isInfinite = require_lib17();
    var cos = require_lib103();
    var sin = require_lib94();
    var abs = require_lib46();
    var copysign = require_lib44();
    var PI = require_lib86();
    function sinpi(x) {
      var ar;
      var r;
      if (isnan(x)) {
        return NaN;
      }
      if (isInfinite(x)) {
        return NaN;
      }
      r = x % 2;
      ar = abs(r);
      if (ar === 0 || ar === 1) {
        return copysign(0, r);
      }
      if (ar < 0.25) {
        return sin(PI * r);
      }
      if (ar < 0.75) {
        ar = 0.5 - ar;
        return copysign(cos(PI * ar), r);
      }
      if (ar < 1.25) {
        r = copysign(1, r) - r;
        return sin(PI * r);
      }
      if (ar < 1.75) {
        ar -= 1.5;
        return -copysign(cos(PI * ar), r);
      }
      r -= copysign(2, r);
      return sin(PI * r);
    }
    module.exports = sinpi;
  }
});

// node_modules/@stdlib/math-base-special-sinpi/lib/index.js
var require_lib104 = __commonJS({
  "node_modules/@stdlib/math-base-special-sinpi/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main75();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_a1.js
var require_polyval_a1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_a1.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.06735230105312927;
      }
      return 0.06735230105312927 + x * (0.007385550860814029 + x * (0.0011927076318336207 + x * (22086279071390839e-20 + x * 25214456545125733e-21)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_a2.js
var require_polyval_a2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_a2.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.020580808432516733;
      }
      return 0.020580808432516733 + x * (0.0028905138367341563 + x * (5100697921535113e-19 + x * (10801156724758394e-20 + x * 44864094961891516e-21)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_r.js
var require_polyval_r = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_r.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1.3920053346762105;
      }
      return 1.3920053346762105 + x * (0.7219355475671381 + x * (0.17193386563280308 + x * (0.01864591917156529 + x * (7779424963818936e-19 + x * 7326684307446256e-21))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_s.js
var require_polyval_s2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_s.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.21498241596060885;
      }
      return 0.21498241596060885 + x * (0.325778796408931 + x * (0.14635047265246445 + x * (0.02664227030336386 + x * (0.0018402845140733772 + x * 3194753265841009e-20))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t1.js
var require_polyval_t1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t1.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.032788541075985965;
      }
      return -0.032788541075985965 + x * (0.006100538702462913 + x * (-0.0014034646998923284 + x * 31563207090362595e-20));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t2.js
var require_polyval_t2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t2.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.01797067508118204;
      }
      return 0.01797067508118204 + x * (-0.0036845201678113826 + x * (881081882437654e-18 + x * -31275416837512086e-20));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t3.js
var require_polyval_t3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t3.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.010314224129834144;
      }
      return -0.010314224129834144 + x * (0.0022596478090061247 + x * (-5385953053567405e-19 + x * 3355291926355191e-19));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_u.js
var require_polyval_u = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_u.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.6328270640250934;
      }
      return 0.6328270640250934 + x * (1.4549225013723477 + x * (0.9777175279633727 + x * (0.22896372806469245 + x * 0.013381091853678766)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_v.js
var require_polyval_v = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_v.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 2.4559779371304113;
      }
      return 2.4559779371304113 + x * (2.128489763798934 + x * (0.7692851504566728 + x * (0.10422264559336913 + x * 0.003217092422824239)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_w.js
var require_polyval_w2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_w.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.08333333333333297;
      }
      return 0.08333333333333297 + x * (-0.0027777777772877554 + x * (7936505586430196e-19 + x * (-59518755745034e-17 + x * (8363399189962821e-19 + x * -0.0016309293409657527))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/main.js
var require_main76 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var isInfinite = require_lib17();
    var abs = require_lib46();
    var ln = require_lib59();
    var trunc = require_lib9();
    var sinpi = require_lib104();
    var PI = require_lib86();
    var PINF = require_lib12();
    var polyvalA1 = require_polyval_a1();
    var polyvalA2 = require_polyval_a2();
    var polyvalR = require_polyval_r();
    var polyvalS = require_polyval_s2();
    var polyvalT1 = require_polyval_t1();
    var polyvalT2 = require_polyval_t2();
    var polyvalT3 = require_polyval_t3();
    var polyvalU = require_polyval_u();
    var polyvalV = require_polyval_v();
    var polyvalW = require_polyval_w2();
    var A1C = 0.07721566490153287;
    var A2C = 0.3224670334241136;
    var RC = 1;
    var SC = -0.07721566490153287;
    var T1C = 0.48383612272381005;
    var T2C = -0.1475877229945939;
    var T3C = 0.06462494023913339;
    var UC = -0.07721566490153287;
    var VC = 1;
    var WC = 0.4189385332046727;
    var YMIN = 1.4616321449683622;
    var TWO52 = 4503599627370496;
    var TWO56 = 72057594037927940;
    var TINY = 13877787807814457e-33;
    var TC = 1.4616321449683622;
    var TF = -0.12148629053584961;
    var TT = -3638676997039505e-33;
    function gammaln(x) {
      var isNegative;
      var nadj;
      var flg;
      var p3;
      var p2;
      var p1;
      var p;
      var q;
      var t;
      var w;
      var y;
      var z;
      var r;
      if (isnan(x) || isInfinite(x)) {
        return x;
      }
      if (x === 0) {
        return PINF;
      }
      if (x < 0) {
        isNegative = true;
        x = -x;
      } else {
        isNegative = false;
      }
      if (x < TINY) {
        return -ln(x);
      }
      if (isNegative) {
        if (x >= TWO52) {
          return PINF;
        }
        t = sinpi(x);
        if (t === 0) {
          return PINF;
        }
        nadj = ln(PI / abs(t * x));
      }
      if (x === 1 || x === 2) {
        return 0;
      }
      if (x < 2) {
        if (x <= 0.9) {
          r = -ln(x);
          if (x >= YMIN - 1 + 0.27) {
            y = 1 - x;
            flg = 0;
          } else if (x >= YMIN - 1 - 0.27) {
            y = x - (TC - 1);
            flg = 1;
          } else {
            y = x;
            flg = 2;
          }
        } else {
          r = 0;
          if (x >= YMIN + 0.27) {
            y = 2 - x;
            flg = 0;
          } else if (x >= YMIN - 0.27) {
            y = x - TC;
            flg = 1;
          } else {
            y = x - 1;
            flg = 2;
          }
        }
        switch (flg) {
          // eslint-disable-line default-case
          case 0:
            z = y * y;
            p1 = A1C + z * polyvalA1(z);
            p2 = z * (A2C + z * polyvalA2(z));
            p = y * p1 + p2;
            r += p - 0.5 * y;
            break;
          case 1:
            z = y * y;
            w = z * y;
            p1 = T1C + w * polyvalT1(w);
            p2 = T2C + w * polyvalT2(w);
            p3 = T3C + w * polyvalT3(w);
            p = z * p1 - (TT - w * (p2 + y * p3));
            r += TF + p;
            break;
          case 2:
            p1 = y * (UC + y * polyvalU(y));
            p2 = VC + y * polyvalV(y);
            r += -0.5 * y + p1 / p2;
            break;
        }
      } else if (x < 8) {
        flg = trunc(x);
        y = x - flg;
        p = y * (SC + y * polyvalS(y));
        q = RC + y * polyvalR(y);
        r = 0.5 * y + p / q;
        z = 1;
        switch (flg) {
          // eslint-disable-line default-case
          case 7:
            z *= y + 6;
          /* Falls through */
          case 6:
            z *= y + 5;
          /* Falls through */
          case 5:
            z *= y + 4;
          /* Falls through */
          case 4:
            z *= y + 3;
          /* Falls through */
          case 3:
            z *= y + 2;
            r += ln(z);
        }
      } else if (x < TWO56) {
        t = ln(x);
        z = 1 / x;
        y = z * z;
        w = WC + z * polyvalW(y);
        r = (x - 0.5) * (t - 1) + w;
      } else {
        r = x * (ln(x) - 1);
      }
      if (isNegative) {
        r = nadj - r;
      }
      return r;
    }
    module.exports = gammaln;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/index.js
var require_lib105 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main76();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-max-ln/lib/index.js
var require_lib106 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-ln/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_LN = 709.782712893384;
    module.exports = FLOAT64_MAX_LN;
  }
});

// node_modules/@stdlib/constants-float64-sqrt-eps/lib/index.js
var require_lib107 = __commonJS({
  "node_modules/@stdlib/constants-float64-sqrt-eps/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_SQRT_EPSILON = 14901161193847656e-24;
    module.exports = FLOAT64_SQRT_EPSILON;
  }
});

// node_modules/@stdlib/utils-eval/lib/index.js
var require_lib108 = __commonJS({
  "node_modules/@stdlib/utils-eval/lib/index.js"(exports, module) {
    "use strict";
    var evil = eval;
    module.exports = evil;
  }
});

// node_modules/@stdlib/assert-has-generator-support/lib/main.js
var require_main77 = __commonJS({
  "node_modules/@stdlib/assert-has-generator-support/lib/main.js"(exports, module) {
    "use strict";
    var evil = require_lib108();
    function hasGeneratorSupport() {
      var bool;
      try {
        evil('"use strict"; (function* () {})');
        bool = true;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasGeneratorSupport;
  }
});

// node_modules/@stdlib/assert-has-generator-support/lib/index.js
var require_lib109 = __commonJS({
  "node_modules/@stdlib/assert-has-generator-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main77();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-tools-sum-series/lib/generators.js
var require_generators = __commonJS({
  "node_modules/@stdlib/math-base-tools-sum-series/lib/generators.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var EPS = require_lib77();
    var MAX_TERMS = 1e6;
    function sumSeries(generator, options) {
      var isgenerator;
      var tolerance;
      var nextTerm;
      var counter;
      var result;
      var opts;
      opts = {};
      if (arguments.length > 1) {
        opts = options;
      }
      tolerance = opts.tolerance || EPS;
      counter = opts.maxTerms || MAX_TERMS;
      result = opts.initialValue || 0;
      isgenerator = typeof generator.next === "function";
      if (isgenerator === true) {
        for (nextTerm of generator) {
          result += nextTerm;
          if (abs(tolerance * result) >= abs(nextTerm) || --counter === 0) {
            break;
          }
        }
      } else {
        do {
          nextTerm = generator();
          result += nextTerm;
        } while (abs(tolerance * result) < abs(nextTerm) && --counter);
      }
      return result;
    }
    module.exports = sumSeries;
  }
});

// node_modules/@stdlib/math-base-tools-sum-series/lib/basic.js
var require_basic = __commonJS({
  "node_modules/@stdlib/math-base-tools-sum-series/lib/basic.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var EPS = require_lib77();
    var MAX_TERMS = 1e6;
    function sumSeries(generator, options) {
      var tolerance;
      var nextTerm;
      var counter;
      var result;
      var opts;
      opts = {};
      if (arguments.length > 1) {
        opts = options;
      }
      tolerance = opts.tolerance || EPS;
      counter = opts.maxTerms || MAX_TERMS;
      result = opts.initialValue || 0;
      do {
        nextTerm = generator();
        result += nextTerm;
      } while (abs(tolerance * result) < abs(nextTerm) && --counter);
      return result;
    }
    module.exports = sumSeries;
  }
});

// node_modules/@stdlib/math-base-tools-sum-series/lib/index.js
var require_lib110 = __commonJS({
  "node_modules/@stdlib/math-base-tools-sum-series/lib/index.js"(exports, module) {
    "use strict";
    var hasGeneratorSupport = require_lib109();
    var generator = require_generators();
    var basic = require_basic();
    var sumSeries;
    if (hasGeneratorSupport()) {
      sumSeries = generator;
    } else {
      sumSeries = basic;
    }
    module.exports = sumSeries;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x_series.js
var require_tgamma_i_large_x_series = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x_series.js"(exports, module) {
    "use strict";
    function tgammaILargeXSeries(a1, x1) {
      var result = 1;
      var a = a1;
      var x = x1;
      return next;
      function next() {
        var r = result;
        result *= a / x;
        a -= 1;
        return r;
      }
    }
    module.exports = tgammaILargeXSeries;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x.js
var require_tgamma_i_large_x = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x.js"(exports, module) {
    "use strict";
    var sumSeries = require_lib110();
    var tgammaILargeXSeries = require_tgamma_i_large_x_series();
    function tgammaILargeX(a, x) {
      var result;
      var s;
      s = tgammaILargeXSeries(a, x);
      result = sumSeries(s);
      return result;
    }
    module.exports = tgammaILargeX;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/finite_gamma_q.js
var require_finite_gamma_q = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/finite_gamma_q.js"(exports, module) {
    "use strict";
    var exp = require_lib51();
    function finiteGammaQ(a, x) {
      var term;
      var sum;
      var e;
      var n;
      e = exp(-x);
      sum = e;
      if (sum !== 0) {
        term = sum;
        for (n = 1; n < a; ++n) {
          term /= n;
          term *= x;
          sum += term;
        }
      }
      return sum;
    }
    module.exports = finiteGammaQ;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/finite_half_gamma_q.js
var require_finite_half_gamma_q = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/finite_half_gamma_q.js"(exports, module) {
    "use strict";
    var erfc = require_lib53();
    var sqrt = require_lib54();
    var exp = require_lib51();
    var PI = require_lib86();
    function finiteHalfGammaQ(a, x) {
      var half;
      var term;
      var sum;
      var e;
      var n;
      e = erfc(sqrt(x));
      if (e !== 0 && a > 1) {
        term = exp(-x) / sqrt(PI * x);
        term *= x;
        half = 0.5;
        term /= half;
        sum = term;
        for (n = 2; n < a; ++n) {
          term /= n - half;
          term *= x;
          sum += term;
        }
        e += sum;
      }
      return e;
    }
    module.exports = finiteHalfGammaQ;
  }
});

// node_modules/@stdlib/constants-float64-min-ln/lib/index.js
var require_lib111 = __commonJS({
  "node_modules/@stdlib/constants-float64-min-ln/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MIN_LN = -708.3964185322641;
    module.exports = FLOAT64_MIN_LN;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/full_igamma_prefix.js
var require_full_igamma_prefix = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/full_igamma_prefix.js"(exports, module) {
    "use strict";
    var exp = require_lib51();
    var pow = require_lib75();
    var ln = require_lib59();
    var MAX_LN = require_lib106();
    var MIN_LN = require_lib111();
    function fullIGammaPrefix(a, z) {
      var prefix;
      var alz;
      alz = a * ln(z);
      if (z >= 1) {
        if (alz < MAX_LN && -z > MIN_LN) {
          prefix = pow(z, a) * exp(-z);
        } else if (a >= 1) {
          prefix = pow(z / exp(z / a), a);
        } else {
          prefix = exp(alz - z);
        }
      } else {
        if (alz > MIN_LN) {
          prefix = pow(z, a) * exp(-z);
        } else if (z / a < MAX_LN) {
          prefix = pow(z / exp(z / a), a);
        } else {
          prefix = exp(alz - z);
        }
      }
      return prefix;
    }
    module.exports = fullIGammaPrefix;
  }
});

// node_modules/@stdlib/math-base-tools-evalpoly/lib/main.js
var require_main78 = __commonJS({
  "node_modules/@stdlib/math-base-tools-evalpoly/lib/main.js"(exports, module) {
    "use strict";
    function evalpoly(c, x) {
      var p;
      var i;
      i = c.length;
      if (i < 2 || x === 0) {
        if (i === 0) {
          return 0;
        }
        return c[0];
      }
      i -= 1;
      p = c[i] * x + c[i - 1];
      i -= 2;
      while (i >= 0) {
        p = p * x + c[i];
        i -= 1;
      }
      return p;
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/function-ctor/lib/main.js
var require_main79 = __commonJS({
  "node_modules/@stdlib/function-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Fcn = Function;
    module.exports = Fcn;
  }
});

// node_modules/@stdlib/function-ctor/lib/index.js
var require_lib112 = __commonJS({
  "node_modules/@stdlib/function-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main79();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-tools-evalpoly/lib/factory.js
var require_factory5 = __commonJS({
  "node_modules/@stdlib/math-base-tools-evalpoly/lib/factory.js"(exports, module) {
    "use strict";
    var Fcn = require_lib112();
    var evalpoly = require_main78();
    function factory(c) {
      var f;
      var n;
      var m;
      var i;
      if (c.length > 500) {
        return polyval;
      }
      f = "return function evalpoly(x){";
      n = c.length;
      if (n === 0) {
        f += "return 0.0;";
      } else if (n === 1) {
        f += "return " + c[0] + ";";
      } else {
        f += "if(x===0.0){return " + c[0] + ";}";
        f += "return " + c[0];
        m = n - 1;
        for (i = 1; i < n; i++) {
          f += "+x*";
          if (i < m) {
            f += "(";
          }
          f += c[i];
        }
        for (i = 0; i < m - 1; i++) {
          f += ")";
        }
        f += ";";
      }
      f += "}";
      f += "//# sourceURL=evalpoly.factory.js";
      return new Fcn(f)();
      function polyval(x) {
        return evalpoly(c, x);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/math-base-tools-evalpoly/lib/index.js
var require_lib113 = __commonJS({
  "node_modules/@stdlib/math-base-tools-evalpoly/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main78();
    var factory = require_factory5();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-log1pmx/lib/log1p_series.js
var require_log1p_series = __commonJS({
  "node_modules/@stdlib/math-base-special-log1pmx/lib/log1p_series.js"(exports, module) {
    "use strict";
    function log1pSeries(x) {
      var mMult = -x;
      var mProd = -1;
      var k = 0;
      return next;
      function next() {
        mProd *= mMult;
        k += 1;
        return mProd / k;
      }
    }
    module.exports = log1pSeries;
  }
});

// node_modules/@stdlib/math-base-special-log1pmx/lib/main.js
var require_main80 = __commonJS({
  "node_modules/@stdlib/math-base-special-log1pmx/lib/main.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var ln = require_lib59();
    var FLOAT_EPS = require_lib77();
    var sumSeries = require_lib110();
    var log1pSeries = require_log1p_series();
    function log1pmx(x) {
      var opts;
      var ax;
      if (x <= -1) {
        return NaN;
      }
      ax = abs(x);
      if (ax > 0.95) {
        return ln(1 + x) - x;
      }
      if (ax < FLOAT_EPS) {
        return -x * x / 2;
      }
      opts = {
        "initialValue": -x
      };
      return sumSeries(log1pSeries(x), opts);
    }
    module.exports = log1pmx;
  }
});

// node_modules/@stdlib/math-base-special-log1pmx/lib/index.js
var require_lib114 = __commonJS({
  "node_modules/@stdlib/math-base-special-log1pmx/lib/index.js"(exports, module) {
    "use strict";
    var log1pmx = require_main80();
    module.exports = log1pmx;
  }
});

// node_modules/@stdlib/constants-float64-two-pi/lib/index.js
var require_lib115 = __commonJS({
  "node_modules/@stdlib/constants-float64-two-pi/lib/index.js"(exports, module) {
    "use strict";
    var TWO_PI = 6.283185307179586;
    module.exports = TWO_PI;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c0.js
var require_polyval_c0 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c0.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.3333333333333333;
      }
      return -0.3333333333333333 + x * (0.08333333333333333 + x * (-0.014814814814814815 + x * (0.0011574074074074073 + x * (3527336860670194e-19 + x * (-1787551440329218e-19 + x * (3919263178522438e-20 + x * (-21854485106799924e-22 + x * (-185406221071516e-20 + x * (8296711340953087e-22 + x * (-17665952736826078e-23 + x * (6707853543401498e-24 + x * (10261809784240309e-24 + x * (-4382036018453353e-24 + x * 914769958223679e-24)))))))))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c1.js
var require_polyval_c1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c1.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.001851851851851852;
      }
      return -0.001851851851851852 + x * (-0.003472222222222222 + x * (0.0026455026455026454 + x * (-9902263374485596e-19 + x * (20576131687242798e-20 + x * (-4018775720164609e-22 + x * (-18098550334489977e-21 + x * (764916091608111e-20 + x * (-16120900894563446e-22 + x * (4647127802807434e-24 + x * (1378633446915721e-22 + x * (-5752545603517705e-23 + x * 11951628599778148e-24)))))))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c2.js
var require_polyval_c2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c2.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.004133597883597883;
      }
      return 0.004133597883597883 + x * (-0.0026813271604938273 + x * (7716049382716049e-19 + x * (20093878600823047e-22 + x * (-10736653226365161e-20 + x * (52923448829120125e-21 + x * (-12760635188618728e-21 + x * (3423578734096138e-23 + x * (13721957309062932e-22 + x * (-6298992138380055e-22 + x * 14280614206064242e-23)))))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c3.js
var require_polyval_c3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c3.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 6494341563786008e-19;
      }
      return 6494341563786008e-19 + x * (22947209362139917e-20 + x * (-4691894943952557e-19 + x * (26772063206283885e-20 + x * (-7561801671883977e-20 + x * (-2396505113867297e-22 + x * (11082654115347302e-21 + x * (-56749528269915965e-22 + x * 14230900732435883e-22)))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c4.js
var require_polyval_c4 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c4.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -8618882909167117e-19;
      }
      return -8618882909167117e-19 + x * (7840392217200666e-19 + x * (-2990724803031902e-19 + x * (-14638452578843418e-22 + x * (6641498215465122e-20 + x * (-3968365047179435e-20 + x * 11375726970678419e-21)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c5.js
var require_polyval_c5 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c5.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -33679855336635813e-20;
      }
      return -33679855336635813e-20 + x * (-6972813758365858e-20 + x * (2772753244959392e-19 + x * (-19932570516188847e-20 + x * (6797780477937208e-20 + x * (1419062920643967e-22 + x * (-13594048189768693e-21 + x * (8018470256334202e-21 + x * -2291481176508095e-21)))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c6.js
var require_polyval_c6 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c6.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 5313079364639922e-19;
      }
      return 5313079364639922e-19 + x * (-5921664373536939e-19 + x * (2708782096718045e-19 + x * (7902353232660328e-22 + x * (-8153969367561969e-20 + x * (561168275310625e-19 + x * -18329116582843375e-21)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c7.js
var require_polyval_c7 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c7.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 34436760689237765e-20;
      }
      return 34436760689237765e-20 + x * (5171790908260592e-20 + x * (-33493161081142234e-20 + x * (2812695154763237e-19 + x * -10976582244684731e-20)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c8.js
var require_polyval_c8 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c8.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -6526239185953094e-19;
      }
      return -6526239185953094e-19 + x * (8394987206720873e-19 + x * -438297098541721e-18);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/igamma_temme_large.js
var require_igamma_temme_large = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/igamma_temme_large.js"(exports, module) {
    "use strict";
    var evalpoly = require_lib113();
    var log1pmx = require_lib114();
    var erfc = require_lib53();
    var sqrt = require_lib54();
    var exp = require_lib51();
    var TWO_PI = require_lib115();
    var polyvalC0 = require_polyval_c0();
    var polyvalC1 = require_polyval_c1();
    var polyvalC2 = require_polyval_c2();
    var polyvalC3 = require_polyval_c3();
    var polyvalC4 = require_polyval_c4();
    var polyvalC5 = require_polyval_c5();
    var polyvalC6 = require_polyval_c6();
    var polyvalC7 = require_polyval_c7();
    var polyvalC8 = require_polyval_c8();
    var workspace = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    function igammaTemmeLarge(a, x) {
      var result;
      var sigma;
      var phi;
      var y;
      var z;
      sigma = (x - a) / a;
      phi = -log1pmx(sigma);
      y = a * phi;
      z = sqrt(2 * phi);
      if (x < a) {
        z = -z;
      }
      workspace[0] = polyvalC0(z);
      workspace[1] = polyvalC1(z);
      workspace[2] = polyvalC2(z);
      workspace[3] = polyvalC3(z);
      workspace[4] = polyvalC4(z);
      workspace[5] = polyvalC5(z);
      workspace[6] = polyvalC6(z);
      workspace[7] = polyvalC7(z);
      workspace[8] = polyvalC8(z);
      workspace[9] = -5967612901927463e-19;
      result = evalpoly(workspace, 1 / a);
      result *= exp(-y) / sqrt(TWO_PI * a);
      if (x < a) {
        result = -result;
      }
      result += erfc(sqrt(y)) / 2;
      return result;
    }
    module.exports = igammaTemmeLarge;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/lower_incomplete_gamma_series.js
var require_lower_incomplete_gamma_series = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/lower_incomplete_gamma_series.js"(exports, module) {
    "use strict";
    function lowerIncompleteGammaSeries(a1, z1) {
      var result = 1;
      var a = a1;
      var z = z1;
      return next;
      function next() {
        var r = result;
        a += 1;
        result *= z / a;
        return r;
      }
    }
    module.exports = lowerIncompleteGammaSeries;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/lower_gamma_series.js
var require_lower_gamma_series = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/lower_gamma_series.js"(exports, module) {
    "use strict";
    var sumSeries = require_lib110();
    var lowerIncompleteGammaSeries = require_lower_incomplete_gamma_series();
    function lowerGammaSeries(a, z, initialValue) {
      var result;
      var s;
      initialValue = initialValue || 0;
      s = lowerIncompleteGammaSeries(a, z);
      result = sumSeries(s, {
        "initialValue": initialValue
      });
      return result;
    }
    module.exports = lowerGammaSeries;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/rational_pq.js
var require_rational_pq4 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/rational_pq.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return Infinity;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 709811.662581658 + x * (679979.8474157227 + x * (293136.7857211597 + x * (74887.54032914672 + x * (12555.290582413863 + x * (1443.4299244417066 + x * (115.24194596137347 + x * (6.309239205732627 + x * (0.22668404630224365 + x * (0.004826466289237662 + x * 4624429436045379e-20)))))))));
        s2 = 0 + x * (362880 + x * (1026576 + x * (1172700 + x * (723680 + x * (269325 + x * (63273 + x * (9450 + x * (870 + x * (45 + x * 1)))))))));
      } else {
        x = 1 / x;
        s1 = 4624429436045379e-20 + x * (0.004826466289237662 + x * (0.22668404630224365 + x * (6.309239205732627 + x * (115.24194596137347 + x * (1443.4299244417066 + x * (12555.290582413863 + x * (74887.54032914672 + x * (293136.7857211597 + x * (679979.8474157227 + x * 709811.662581658)))))))));
        s2 = 1 + x * (45 + x * (870 + x * (9450 + x * (63273 + x * (269325 + x * (723680 + x * (1172700 + x * (1026576 + x * (362880 + x * 0)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/main.js
var require_main81 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/main.js"(exports, module) {
    "use strict";
    var gammaLanczosSumExpGScaled = require_rational_pq4();
    module.exports = gammaLanczosSumExpGScaled;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/index.js
var require_lib116 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main81();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/regularised_gamma_prefix.js
var require_regularised_gamma_prefix = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/regularised_gamma_prefix.js"(exports, module) {
    "use strict";
    var lanczosSumExpGScaled = require_lib116();
    var gammaln = require_lib105();
    var gamma = require_lib97();
    var log1pmx = require_lib114();
    var sqrt = require_lib54();
    var abs = require_lib46();
    var exp = require_lib51();
    var pow = require_lib75();
    var max = require_lib80();
    var min = require_lib82();
    var ln = require_lib59();
    var FLOAT64_MAX = require_lib83();
    var MAX_LN = require_lib106();
    var MIN_LN = require_lib111();
    var G = require_lib101();
    var E = require_lib76();
    function regularisedGammaPrefix(a, z) {
      var prefix;
      var amza;
      var agh;
      var alz;
      var amz;
      var sq;
      var d;
      agh = a + G - 0.5;
      d = (z - a - G + 0.5) / agh;
      if (a < 1) {
        if (z <= MIN_LN || a < 1 / FLOAT64_MAX) {
          return exp(a * ln(z) - z - gammaln(a));
        }
        return pow(z, a) * exp(-z) / gamma(a);
      }
      if (abs(d * d * a) <= 100 && a > 150) {
        prefix = a * log1pmx(d) + z * (0.5 - G) / agh;
        prefix = exp(prefix);
      } else {
        alz = a * ln(z / agh);
        amz = a - z;
        if (min(alz, amz) <= MIN_LN || max(alz, amz) >= MAX_LN) {
          amza = amz / a;
          if (min(alz, amz) / 2 > MIN_LN && max(alz, amz) / 2 < MAX_LN) {
            sq = pow(z / agh, a / 2) * exp(amz / 2);
            prefix = sq * sq;
          } else if (min(alz, amz) / 4 > MIN_LN && max(alz, amz) / 4 < MAX_LN && z > a) {
            sq = pow(z / agh, a / 4) * exp(amz / 4);
            prefix = sq * sq;
            prefix *= prefix;
          } else if (amza > MIN_LN && amza < MAX_LN) {
            prefix = pow(z * exp(amza) / agh, a);
          } else {
            prefix = exp(alz + amz);
          }
        } else {
          prefix = pow(z / agh, a) * exp(amz);
        }
      }
      prefix *= sqrt(agh / E) / lanczosSumExpGScaled(a);
      return prefix;
    }
    module.exports = regularisedGammaPrefix;
  }
});

// node_modules/@stdlib/math-base-special-powm1/lib/main.js
var require_main82 = __commonJS({
  "node_modules/@stdlib/math-base-special-powm1/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var isinfinite = require_lib17();
    var abs = require_lib46();
    var expm1 = require_lib64();
    var ln = require_lib59();
    var pow = require_lib75();
    var trunc = require_lib9();
    function powm1(b, x) {
      var result;
      var y;
      if (isnan(b) || isnan(x)) {
        return NaN;
      }
      if (x === 0) {
        return 0;
      }
      if (b === 0) {
        return -1;
      }
      if (b < 0 && x % 2 === 0) {
        b = -b;
      }
      if (b > 0) {
        if (abs(x * (b - 1)) < 0.5 || abs(x) < 0.2) {
          y = ln(b) * x;
          if (y < 0.5) {
            return expm1(y);
          }
        }
      } else if (trunc(x) !== x) {
        return NaN;
      }
      result = pow(b, x) - 1;
      if (isinfinite(result) || isnan(result)) {
        return NaN;
      }
      return result;
    }
    module.exports = powm1;
  }
});

// node_modules/@stdlib/math-base-special-powm1/lib/index.js
var require_lib117 = __commonJS({
  "node_modules/@stdlib/math-base-special-powm1/lib/index.js"(exports, module) {
    "use strict";
    var powm1 = require_main82();
    module.exports = powm1;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p1q1.js
var require_rational_p1q12 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p1q1.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.01803556856784494;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.01803556856784494 + x * (0.02512664961998968 + x * (0.049410315156753225 + x * (0.0172491608709614 + x * (-2594535632054381e-19 + x * (-5410098692152044e-19 + x * (-3245886498259485e-20 + x * 0))))));
        s2 = 1 + x * (1.962029871977952 + x * (1.4801966942423133 + x * (0.5413914320717209 + x * (0.09885042511280101 + x * (0.008213096746488934 + x * (22493629192211576e-20 + x * -22335276320861708e-23))))));
      } else {
        x = 1 / x;
        s1 = 0 + x * (-3245886498259485e-20 + x * (-5410098692152044e-19 + x * (-2594535632054381e-19 + x * (0.0172491608709614 + x * (0.049410315156753225 + x * (0.02512664961998968 + x * -0.01803556856784494))))));
        s2 = -22335276320861708e-23 + x * (22493629192211576e-20 + x * (0.008213096746488934 + x * (0.09885042511280101 + x * (0.5413914320717209 + x * (1.4801966942423133 + x * (1.962029871977952 + x * 1))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p2q2.js
var require_rational_p2q22 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p2q2.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.04906224540690395;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.04906224540690395 + x * (-0.09691175301595212 + x * (-0.4149833583594954 + x * (-0.4065671242119384 + x * (-0.1584135863906922 + x * (-0.024014982064857155 + x * -0.0010034668769627955)))));
        s2 = 1 + x * (3.0234982984646304 + x * (3.4873958536072385 + x * (1.9141558827442668 + x * (0.5071377386143635 + x * (0.05770397226904519 + x * 0.001957681026011072)))));
      } else {
        x = 1 / x;
        s1 = -0.0010034668769627955 + x * (-0.024014982064857155 + x * (-0.1584135863906922 + x * (-0.4065671242119384 + x * (-0.4149833583594954 + x * (-0.09691175301595212 + x * 0.04906224540690395)))));
        s2 = 0.001957681026011072 + x * (0.05770397226904519 + x * (0.5071377386143635 + x * (1.9141558827442668 + x * (3.4873958536072385 + x * (3.0234982984646304 + x * 1)))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p3q3.js
var require_rational_p3q32 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p3q3.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.029232972183027003;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.029232972183027003 + x * (0.14421626775719232 + x * (-0.14244039073863127 + x * (0.05428096940550536 + x * (-0.008505359768683364 + x * (4311713426792973e-19 + x * 0)))));
        s2 = 1 + x * (-1.5016935605448505 + x * (0.846973248876495 + x * (-0.22009515181499575 + x * (0.02558279715597587 + x * (-0.0010066679553914337 + x * -8271935218912905e-22)))));
      } else {
        x = 1 / x;
        s1 = 0 + x * (4311713426792973e-19 + x * (-0.008505359768683364 + x * (0.05428096940550536 + x * (-0.14244039073863127 + x * (0.14421626775719232 + x * -0.029232972183027003)))));
        s2 = -8271935218912905e-22 + x * (-0.0010066679553914337 + x * (0.02558279715597587 + x * (-0.22009515181499575 + x * (0.846973248876495 + x * (-1.5016935605448505 + x * 1)))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/lgamma_small_imp.js
var require_lgamma_small_imp = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/lgamma_small_imp.js"(exports, module) {
    "use strict";
    var ln = require_lib59();
    var EPS = require_lib77();
    var rateval1 = require_rational_p1q12();
    var rateval2 = require_rational_p2q22();
    var rateval3 = require_rational_p3q32();
    var Y1 = 0.15896368026733398;
    var Y2 = 0.5281534194946289;
    var Y3 = 0.45201730728149414;
    function lgammaSmallImp(z, zm1, zm2) {
      var prefix;
      var result;
      var r;
      var R;
      if (z < EPS) {
        return -ln(z);
      }
      if (zm1 === 0 || zm2 === 0) {
        return 0;
      }
      result = 0;
      if (z > 2) {
        if (z >= 3) {
          do {
            z -= 1;
            zm2 -= 1;
            result += ln(z);
          } while (z >= 3);
          zm2 = z - 2;
        }
        r = zm2 * (z + 1);
        R = rateval1(zm2);
        result += r * Y1 + r * R;
        return result;
      }
      if (z < 1) {
        result += -ln(z);
        zm2 = zm1;
        zm1 = z;
        z += 1;
      }
      if (z <= 1.5) {
        r = rateval2(zm1);
        prefix = zm1 * zm2;
        result += prefix * Y2 + prefix * r;
        return result;
      }
      r = zm2 * zm1;
      R = rateval3(-zm2);
      result += r * Y3 + r * R;
      return result;
    }
    module.exports = lgammaSmallImp;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/main.js
var require_main83 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/main.js"(exports, module) {
    "use strict";
    var gamma = require_lib97();
    var expm1 = require_lib64();
    var log1p = require_lib65();
    var isnan = require_lib6();
    var lgammaSmallImp = require_lgamma_small_imp();
    function gamma1pm1(x) {
      if (isnan(x)) {
        return NaN;
      }
      if (x < 0) {
        if (x < -0.5) {
          return gamma(1 + x) - 1;
        }
        return expm1(-log1p(x) + lgammaSmallImp(x + 2, x + 1, x));
      }
      if (x < 2) {
        return expm1(lgammaSmallImp(x + 1, x, x - 1));
      }
      return gamma(1 + x) - 1;
    }
    module.exports = gamma1pm1;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/index.js
var require_lib118 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/index.js"(exports, module) {
    "use strict";
    var gamma1pm1 = require_main83();
    module.exports = gamma1pm1;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/small_gamma2_series.js
var require_small_gamma2_series = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/small_gamma2_series.js"(exports, module) {
    "use strict";
    function smallGamma2Series(a, x) {
      var result;
      var apn;
      var n;
      var r;
      result = -x;
      x = -x;
      apn = a + 1;
      n = 1;
      return next;
      function next() {
        r = result / apn;
        result *= x;
        n += 1;
        result /= n;
        apn += 1;
        return r;
      }
    }
    module.exports = smallGamma2Series;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_small_upper_part.js
var require_tgamma_small_upper_part = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_small_upper_part.js"(exports, module) {
    "use strict";
    var powm1 = require_lib117();
    var sumSeries = require_lib110();
    var gamma1pm1 = require_lib118();
    var smallGamma2Series = require_small_gamma2_series();
    function tgammaSmallUpperPart(a, x, invert) {
      var initialValue;
      var result;
      var pgam;
      var p;
      var s;
      result = gamma1pm1(a);
      pgam = (result + 1) / a;
      p = powm1(x, a);
      result -= p;
      result /= a;
      s = smallGamma2Series(a, x);
      p += 1;
      initialValue = invert ? pgam : 0;
      result = -p * sumSeries(s, {
        "initialValue": (initialValue - result) / p
      });
      if (invert) {
        result = -result;
      }
      return [result, pgam];
    }
    module.exports = tgammaSmallUpperPart;
  }
});

// node_modules/@stdlib/constants-float32-smallest-normal/lib/index.js
var require_lib119 = __commonJS({
  "node_modules/@stdlib/constants-float32-smallest-normal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT32_SMALLEST_NORMAL = 11754943508222875e-54;
    module.exports = FLOAT32_SMALLEST_NORMAL;
  }
});

// node_modules/@stdlib/math-base-tools-continued-fraction/lib/generators.js
var require_generators2 = __commonJS({
  "node_modules/@stdlib/math-base-tools-continued-fraction/lib/generators.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var FLOAT32_SMALLEST_NORMAL = require_lib119();
    var EPS = require_lib77();
    var MAX_ITER = 1e6;
    function continuedFractionA(gen, factor, maxIter) {
      var isgenerator;
      var delta;
      var a0;
      var f;
      var C;
      var D;
      var v;
      isgenerator = typeof gen.next === "function";
      v = isgenerator ? gen.next().value : gen();
      f = v[1];
      a0 = v[0];
      if (f === 0) {
        f = FLOAT32_SMALLEST_NORMAL;
      }
      C = f;
      D = 0;
      if (isgenerator === true) {
        do {
          v = gen.next().value;
          if (v) {
            D = v[1] + v[0] * D;
            if (D === 0) {
              D = FLOAT32_SMALLEST_NORMAL;
            }
            C = v[1] + v[0] / C;
            if (C === 0) {
              C = FLOAT32_SMALLEST_NORMAL;
            }
            D = 1 / D;
            delta = C * D;
            f *= delta;
          }
        } while (abs(delta - 1) > factor && --maxIter);
      } else {
        do {
          v = gen();
          if (v) {
            D = v[1] + v[0] * D;
            if (D === 0) {
              D = FLOAT32_SMALLEST_NORMAL;
            }
            C = v[1] + v[0] / C;
            if (C === 0) {
              C = FLOAT32_SMALLEST_NORMAL;
            }
            D = 1 / D;
            delta = C * D;
            f *= delta;
          }
        } while (v && abs(delta - 1) > factor && --maxIter);
      }
      return a0 / f;
    }
    function continuedFractionB(gen, factor, maxIter) {
      var isgenerator;
      var delta;
      var f;
      var C;
      var D;
      var v;
      isgenerator = typeof gen.next === "function";
      v = isgenerator ? gen.next().value : gen();
      f = v[1];
      if (f === 0) {
        f = FLOAT32_SMALLEST_NORMAL;
      }
      C = f;
      D = 0;
      if (isgenerator === true) {
        do {
          v = gen.next().value;
          if (v) {
            D = v[1] + v[0] * D;
            if (D === 0) {
              D = FLOAT32_SMALLEST_NORMAL;
            }
            C = v[1] + v[0] / C;
            if (C === 0) {
              C = FLOAT32_SMALLEST_NORMAL;
            }
            D = 1 / D;
            delta = C * D;
            f *= delta;
          }
        } while (v && abs(delta - 1) > factor && --maxIter);
      } else {
        do {
          v = gen();
          if (v) {
            D = v[1] + v[0] * D;
            if (D === 0) {
              D = FLOAT32_SMALLEST_NORMAL;
            }
            C = v[1] + v[0] / C;
            if (C === 0) {
              C = FLOAT32_SMALLEST_NORMAL;
            }
            D = 1 / D;
            delta = C * D;
            f *= delta;
          }
        } while (v && abs(delta - 1) > factor && --maxIter);
      }
      return f;
    }
    function continuedFraction(generator, options) {
      var maxIter;
      var opts;
      var eps;
      opts = {};
      if (arguments.length > 1) {
        opts = options;
      }
      maxIter = opts.maxIter || MAX_ITER;
      eps = opts.tolerance || EPS;
      if (opts.keep) {
        return continuedFractionB(generator, eps, maxIter);
      }
      return continuedFractionA(generator, eps, maxIter);
    }
    module.exports = continuedFraction;
  }
});

// node_modules/@stdlib/math-base-tools-continued-fraction/lib/basic.js
var require_basic2 = __commonJS({
  "node_modules/@stdlib/math-base-tools-continued-fraction/lib/basic.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var EPS = require_lib77();
    var FLOAT32_SMALLEST_NORMAL = require_lib119();
    var MAX_ITER = 1e6;
    function continuedFractionA(gen, factor, maxIter) {
      var delta;
      var a0;
      var C;
      var D;
      var f;
      var v;
      v = gen();
      f = v[1];
      a0 = v[0];
      if (f === 0) {
        f = FLOAT32_SMALLEST_NORMAL;
      }
      C = f;
      D = 0;
      do {
        v = gen();
        if (v) {
          D = v[1] + v[0] * D;
          if (D === 0) {
            D = FLOAT32_SMALLEST_NORMAL;
          }
          C = v[1] + v[0] / C;
          if (C === 0) {
            C = FLOAT32_SMALLEST_NORMAL;
          }
          D = 1 / D;
          delta = C * D;
          f *= delta;
        }
      } while (v && abs(delta - 1) > factor && --maxIter);
      return a0 / f;
    }
    function continuedFractionB(gen, factor, maxIter) {
      var delta;
      var C;
      var D;
      var f;
      var v;
      v = gen();
      f = v[1];
      if (f === 0) {
        f = FLOAT32_SMALLEST_NORMAL;
      }
      C = f;
      D = 0;
      do {
        v = gen();
        if (v) {
          D = v[1] + v[0] * D;
          if (D === 0) {
            D = FLOAT32_SMALLEST_NORMAL;
          }
          C = v[1] + v[0] / C;
          if (C === 0) {
            C = FLOAT32_SMALLEST_NORMAL;
          }
          D = 1 / D;
          delta = C * D;
          f *= delta;
        }
      } while (v && abs(delta - 1) > factor && --maxIter);
      return f;
    }
    function continuedFraction(generator, options) {
      var maxIter;
      var opts;
      var eps;
      opts = {};
      if (arguments.length > 1) {
        opts = options;
      }
      eps = opts.tolerance || EPS;
      maxIter = opts.maxIter || MAX_ITER;
      if (opts.keep) {
        return continuedFractionB(generator, eps, maxIter);
      }
      return continuedFractionA(generator, eps, maxIter);
    }
    module.exports = continuedFraction;
  }
});

// node_modules/@stdlib/math-base-tools-continued-fraction/lib/index.js
var require_lib120 = __commonJS({
  "node_modules/@stdlib/math-base-tools-continued-fraction/lib/index.js"(exports, module) {
    "use strict";
    var hasGeneratorSupport = require_lib109();
    var generator = require_generators2();
    var basic = require_basic2();
    var continuedFraction;
    if (hasGeneratorSupport()) {
      continuedFraction = generator;
    } else {
      continuedFraction = basic;
    }
    module.exports = continuedFraction;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/upper_incomplete_gamma_fract.js
var require_upper_incomplete_gamma_fract = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/upper_incomplete_gamma_fract.js"(exports, module) {
    "use strict";
    function upperIncompleteGammaFract(a1, z1) {
      var z = z1 - a1 + 1;
      var a = a1;
      var k = 0;
      return next;
      function next() {
        k += 1;
        z += 2;
        return [
          k * (a - k),
          z
        ];
      }
    }
    module.exports = upperIncompleteGammaFract;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/upper_gamma_fraction.js
var require_upper_gamma_fraction = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/upper_gamma_fraction.js"(exports, module) {
    "use strict";
    var continuedFraction = require_lib120();
    var upperIncompleteGammaFract = require_upper_incomplete_gamma_fract();
    function upperGammaFraction(a, z) {
      var f = upperIncompleteGammaFract(a, z);
      return 1 / (z - a + 1 + continuedFraction(f));
    }
    module.exports = upperGammaFraction;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/igamma_final.js
var require_igamma_final = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/igamma_final.js"(exports, module) {
    "use strict";
    var floor = require_lib7();
    var gamma = require_lib97();
    var abs = require_lib46();
    var pow = require_lib75();
    var ln = require_lib59();
    var SQRT_EPSILON = require_lib107();
    var FLOAT64_MAX = require_lib83();
    var MAX_LN = require_lib106();
    var tgammaILargeX = require_tgamma_i_large_x();
    var finiteGammaQ = require_finite_gamma_q();
    var finiteHalfGammaQ = require_finite_half_gamma_q();
    var fullIGammaPrefix = require_full_igamma_prefix();
    var igammaTemmeLarge = require_igamma_temme_large();
    var lowerGammaSeries = require_lower_gamma_series();
    var regularisedGammaPrefix = require_regularised_gamma_prefix();
    var tgammaSmallUpperPart = require_tgamma_small_upper_part();
    var upperGammaFraction = require_upper_gamma_fraction();
    function igammaFinal(x, a, regularized, upper) {
      var optimisedInvert;
      var evalMethod;
      var isHalfInt;
      var initValue;
      var useTemme;
      var isSmallA;
      var result;
      var invert;
      var isInt;
      var sigma;
      var res;
      var gam;
      var fa;
      var g;
      result = 0;
      invert = upper;
      isSmallA = a < 30 && a <= x + 1 && x < MAX_LN;
      if (isSmallA) {
        fa = floor(a);
        isInt = fa === a;
        isHalfInt = isInt ? false : abs(fa - a) === 0.5;
      } else {
        isInt = false;
        isHalfInt = false;
      }
      if (isInt && x > 0.6) {
        invert = !invert;
        evalMethod = 0;
      } else if (isHalfInt && x > 0.2) {
        invert = !invert;
        evalMethod = 1;
      } else if (x < SQRT_EPSILON && a > 1) {
        evalMethod = 6;
      } else if (x > 1e3 && (a < x || abs(a - 50) / x < 1)) {
        invert = !invert;
        evalMethod = 7;
      } else if (x < 0.5) {
        if (-0.4 / ln(x) < a) {
          evalMethod = 2;
        } else {
          evalMethod = 3;
        }
      } else if (x < 1.1) {
        if (x * 0.75 < a) {
          evalMethod = 2;
        } else {
          evalMethod = 3;
        }
      } else {
        useTemme = false;
        if (regularized && a > 20) {
          sigma = abs((x - a) / a);
          if (a > 200) {
            if (20 / a > sigma * sigma) {
              useTemme = true;
            }
          } else if (sigma < 0.4) {
            useTemme = true;
          }
        }
        if (useTemme) {
          evalMethod = 5;
        } else if (x - 1 / (3 * x) < a) {
          evalMethod = 2;
        } else {
          evalMethod = 4;
          invert = !invert;
        }
      }
      switch (evalMethod) {
        case 0:
          result = finiteGammaQ(a, x);
          if (regularized === false) {
            result *= gamma(a);
          }
          break;
        case 1:
          result = finiteHalfGammaQ(a, x);
          if (regularized === false) {
            result *= gamma(a);
          }
          break;
        case 2:
          result = regularized ? regularisedGammaPrefix(a, x) : fullIGammaPrefix(a, x);
          if (result !== 0) {
            initValue = 0;
            optimisedInvert = false;
            if (invert) {
              initValue = regularized ? 1 : gamma(a);
              if (regularized || result >= 1 || FLOAT64_MAX * result > initValue) {
                initValue /= result;
                if (regularized || a < 1 || FLOAT64_MAX / a > initValue) {
                  initValue *= -a;
                  optimisedInvert = true;
                } else {
                  initValue = 0;
                }
              } else {
                initValue = 0;
              }
            }
            result *= lowerGammaSeries(a, x, initValue) / a;
            if (optimisedInvert) {
              invert = false;
              result = -result;
            }
          }
          break;
        case 3:
          invert = !invert;
          res = tgammaSmallUpperPart(a, x, invert);
          result = res[0];
          g = res[1];
          invert = false;
          if (regularized) {
            result /= g;
          }
          break;
        case 4:
          result = regularized ? regularisedGammaPrefix(a, x) : fullIGammaPrefix(a, x);
          if (result !== 0) {
            result *= upperGammaFraction(a, x);
          }
          break;
        case 5:
          result = igammaTemmeLarge(a, x);
          if (x >= a) {
            invert = !invert;
          }
          break;
        case 6:
          result = regularized ? pow(x, a) / gamma(a + 1) : pow(x, a) / a;
          result *= 1 - a * x / (a + 1);
          break;
        case 7:
          result = regularized ? regularisedGammaPrefix(a, x) : fullIGammaPrefix(a, x);
          result /= x;
          if (result !== 0) {
            result *= tgammaILargeX(a, x);
          }
          break;
      }
      if (regularized && result > 1) {
        result = 1;
      }
      if (invert) {
        gam = regularized ? 1 : gamma(a);
        result = gam - result;
      }
      return result;
    }
    module.exports = igammaFinal;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/main.js
var require_main84 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/main.js"(exports, module) {
    "use strict";
    var gammaln = require_lib105();
    var exp = require_lib51();
    var ln = require_lib59();
    var SQRT_TWO_PI = require_lib95();
    var MAX_LN = require_lib106();
    var PINF = require_lib12();
    var FLOAT64_MAX_NTH_FACTORIAL = require_lib98();
    var igammaFinal = require_igamma_final();
    var lowerGammaSeries = require_lower_gamma_series();
    var upperGammaFraction = require_upper_gamma_fraction();
    function gammainc(x, a, regularized, upper) {
      var normalized;
      var initValue;
      var invert;
      var result;
      if (x < 0 || a <= 0) {
        return NaN;
      }
      normalized = regularized === void 0 ? true : regularized;
      invert = upper;
      if (a >= FLOAT64_MAX_NTH_FACTORIAL && !normalized) {
        if (invert && a * 4 < x) {
          result = a * ln(x) - x;
          result += ln(upperGammaFraction(a, x));
        } else if (!invert && a > 4 * x) {
          result = a * ln(x) - x;
          initValue = 0;
          result += ln(lowerGammaSeries(a, x, initValue) / a);
        } else {
          result = igammaFinal(x, a, true, invert);
          if (result === 0) {
            if (invert) {
              result = 1 + 1 / (12 * a) + 1 / (288 * a * a);
              result = ln(result) - a + (a - 0.5) * ln(a);
              result += ln(SQRT_TWO_PI);
            } else {
              result = a * ln(x) - x;
              initValue = 0;
              result += ln(lowerGammaSeries(a, x, initValue) / a);
            }
          } else {
            result = ln(result) + gammaln(a);
          }
        }
        if (result > MAX_LN) {
          return PINF;
        }
        return exp(result);
      }
      return igammaFinal(x, a, normalized, invert);
    }
    module.exports = gammainc;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var require_lib121 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main84();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/full_igamma_prefix.js
var require_full_igamma_prefix2 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/full_igamma_prefix.js"(exports, module) {
    "use strict";
    var exp = require_lib51();
    var pow = require_lib75();
    var ln = require_lib59();
    var MAX_LN = require_lib106();
    var MIN_LN = require_lib111();
    function fullIGammaPrefix(a, z) {
      var prefix;
      var alz;
      alz = a * ln(z);
      if (z >= 1) {
        if (alz < MAX_LN && -z > MIN_LN) {
          prefix = pow(z, a) * exp(-z);
        } else if (a >= 1) {
          prefix = pow(z / exp(z / a), a);
        } else {
          prefix = exp(alz - z);
        }
      } else if (alz > MIN_LN) {
        prefix = pow(z, a) * exp(-z);
      } else if (z / a < MAX_LN) {
        prefix = pow(z / exp(z / a), a);
      } else {
        prefix = exp(alz - z);
      }
      return prefix;
    }
    module.exports = fullIGammaPrefix;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/regularized_gamma_prefix.js
var require_regularized_gamma_prefix = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/regularized_gamma_prefix.js"(exports, module) {
    "use strict";
    var lanczosSumExpGScaled = require_lib116();
    var gammaln = require_lib105();
    var gamma = require_lib97();
    var log1p = require_lib65();
    var sqrt = require_lib54();
    var abs = require_lib46();
    var exp = require_lib51();
    var pow = require_lib75();
    var max = require_lib80();
    var min = require_lib82();
    var ln = require_lib59();
    var MAX_LN = require_lib106();
    var MIN_LN = require_lib111();
    var G = require_lib101();
    var E = require_lib76();
    function regularizedGammaPrefix(a, z) {
      var prefix;
      var amza;
      var agh;
      var alz;
      var amz;
      var sq;
      var d;
      agh = a + G - 0.5;
      d = (z - a - G + 0.5) / agh;
      if (a < 1) {
        if (z <= MIN_LN) {
          return exp(a * ln(z) - z - gammaln(a));
        }
        return pow(z, a) * exp(-z) / gamma(a);
      }
      if (abs(d * d * a) <= 100 && a > 150) {
        prefix = a * (log1p(d) - d) + z * (0.5 - G) / agh;
        prefix = exp(prefix);
      } else {
        alz = a * ln(z / agh);
        amz = a - z;
        if (min(alz, amz) <= MIN_LN || max(alz, amz) >= MAX_LN) {
          amza = amz / a;
          if (min(alz, amz) / 2 > MIN_LN && max(alz, amz) / 2 < MAX_LN) {
            sq = pow(z / agh, a / 2) * exp(amz / 2);
            prefix = sq * sq;
          } else if (min(alz, amz) / 4 > MIN_LN && max(alz, amz) / 4 < MAX_LN && z > a) {
            sq = pow(z / agh, a / 4) * exp(amz / 4);
            prefix = sq * sq;
            prefix *= prefix;
          } else if (amza > MIN_LN && amza < MAX_LN) {
            prefix = pow(z * exp(amza) / agh, a);
          } else {
            prefix = exp(alz + amz);
          }
        } else {
          prefix = pow(z / agh, a) * exp(amz);
        }
      }
      prefix *= sqrt(agh / E) / lanczosSumExpGScaled(a);
      return prefix;
    }
    module.exports = regularizedGammaPrefix;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/beta_small_b_large_a_series.js
var require_beta_small_b_large_a_series = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/beta_small_b_large_a_series.js"(exports, module) {
    "use strict";
    var gammaDeltaRatio = require_lib102();
    var factorial = require_lib99();
    var gammainc = require_lib121();
    var log1p = require_lib65();
    var abs = require_lib46();
    var pow = require_lib75();
    var ln = require_lib59();
    var MIN_VALUE = require_lib45();
    var EPSILON = require_lib77();
    var fullIGammaPrefix = require_full_igamma_prefix2();
    var regularizedGammaPrefix = require_regularized_gamma_prefix();
    var p = new Array(30);
    function betaSmallBLargeASeries(a, b, x, y, s0, mult, normalized) {
      var prefix;
      var tmp1;
      var tnp1;
      var sum;
      var b2n;
      var bm1;
      var lx2;
      var lxp;
      var mbn;
      var lx;
      var t4;
      var h;
      var j;
      var m;
      var n;
      var r;
      var t;
      var u;
      bm1 = b - 1;
      t = a + bm1 / 2;
      if (y < 0.35) {
        lx = log1p(-y);
      } else {
        lx = ln(x);
      }
      u = -t * lx;
      h = regularizedGammaPrefix(b, u);
      if (h <= MIN_VALUE) {
        return s0;
      }
      if (normalized) {
        prefix = h / gammaDeltaRatio(a, b);
        prefix /= pow(t, b);
      } else {
        prefix = fullIGammaPrefix(b, u) / pow(t, b);
      }
      prefix *= mult;
      p[0] = 1;
      j = gammainc(u, b, true, true);
      j /= h;
      sum = s0 + prefix * j;
      tnp1 = 1;
      lx2 = lx / 2;
      lx2 *= lx2;
      lxp = 1;
      t4 = 4 * t * t;
      b2n = b;
      for (n = 1; n < p.length; ++n) {
        tnp1 += 2;
        p[n] = 0;
        mbn = b - n;
        tmp1 = 3;
        for (m = 1; m < n; ++m) {
          mbn = m * b - n;
          p[n] += mbn * p[n - m] / factorial(tmp1);
          tmp1 += 2;
        }
        p[n] /= n;
        p[n] += bm1 / factorial(tnp1);
        j = (b2n * (b2n + 1) * j + (u + b2n + 1) * lxp) / t4;
        lxp *= lx2;
        b2n += 2;
        r = prefix * p[n] * j;
        sum += r;
        if (r > 1) {
          if (abs(r) < abs(EPSILON * sum)) {
            break;
          }
        } else if (abs(r / EPSILON) < abs(sum)) {
          break;
        }
      }
      return sum;
    }
    module.exports = betaSmallBLargeASeries;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/rising_factorial_ratio.js
var require_rising_factorial_ratio = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/rising_factorial_ratio.js"(exports, module) {
    "use strict";
    function risingFactorialRatio(a, b, k) {
      var result;
      var i;
      if (k === 0) {
        return 1;
      }
      result = 1;
      for (i = 0; i < k; i++) {
        result *= (a + i) / (b + i);
      }
      return result;
    }
    module.exports = risingFactorialRatio;
  }
});

// node_modules/@stdlib/math-base-special-maxabs/lib/main.js
var require_main85 = __commonJS({
  "node_modules/@stdlib/math-base-special-maxabs/lib/main.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var max = require_lib80();
    function maxabs(x, y) {
      return max(abs(x), abs(y));
    }
    module.exports = maxabs;
  }
});

// node_modules/@stdlib/math-base-special-maxabs/lib/index.js
var require_lib122 = __commonJS({
  "node_modules/@stdlib/math-base-special-maxabs/lib/index.js"(exports, module) {
    "use strict";
    var maxabs = require_main85();
    module.exports = maxabs;
  }
});

// node_modules/@stdlib/math-base-special-minabs/lib/main.js
var require_main86 = __commonJS({
  "node_modules/@stdlib/math-base-special-minabs/lib/main.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var min = require_lib82();
    function minabs(x, y) {
      return min(abs(x), abs(y));
    }
    module.exports = minabs;
  }
});

// node_modules/@stdlib/math-base-special-minabs/lib/index.js
var require_lib123 = __commonJS({
  "node_modules/@stdlib/math-base-special-minabs/lib/index.js"(exports, module) {
    "use strict";
    var minabs = require_main86();
    module.exports = minabs;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_power_terms.js
var require_ibeta_power_terms = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_power_terms.js"(exports, module) {
    "use strict";
    var lanczosSumExpGScaled = require_lib116();
    var maxabs = require_lib122();
    var minabs = require_lib123();
    var expm1 = require_lib64();
    var log1p = require_lib65();
    var sqrt = require_lib54();
    var abs = require_lib46();
    var exp = require_lib51();
    var pow = require_lib75();
    var min = require_lib82();
    var ln = require_lib59();
    var MAX_LN = require_lib106();
    var MIN_LN = require_lib111();
    var G = require_lib101();
    var E = require_lib76();
    function ibetaPowerTerms(a, b, x, y, normalized) {
      var result;
      var smallA;
      var ratio;
      var agh;
      var bgh;
      var cgh;
      var l1;
      var l2;
      var l3;
      var p1;
      var b1;
      var b2;
      var c;
      var l;
      if (!normalized) {
        return pow(x, a) * pow(y, b);
      }
      c = a + b;
      agh = a + G - 0.5;
      bgh = b + G - 0.5;
      cgh = c + G - 0.5;
      result = lanczosSumExpGScaled(c);
      result /= lanczosSumExpGScaled(a) * lanczosSumExpGScaled(b);
      result *= sqrt(bgh / E);
      result *= sqrt(agh / cgh);
      l1 = (x * b - y * agh) / agh;
      l2 = (y * a - x * bgh) / bgh;
      if (minabs(l1, l2) < 0.2) {
        if (l1 * l2 > 0 || min(a, b) < 1) {
          if (abs(l1) < 0.1) {
            result *= exp(a * log1p(l1));
          } else {
            result *= pow(x * cgh / agh, a);
          }
          if (abs(l2) < 0.1) {
            result *= exp(b * log1p(l2));
          } else {
            result *= pow(y * cgh / bgh, b);
          }
        } else if (maxabs(l1, l2) < 0.5) {
          smallA = a < b;
          ratio = b / a;
          if (smallA && ratio * l2 < 0.1 || !smallA && l1 / ratio > 0.1) {
            l3 = expm1(ratio * log1p(l2));
            l3 = l1 + l3 + l3 * l1;
            l3 = a * log1p(l3);
            result *= exp(l3);
          } else {
            l3 = expm1(log1p(l1) / ratio);
            l3 = l2 + l3 + l3 * l2;
            l3 = b * log1p(l3);
            result *= exp(l3);
          }
        } else if (abs(l1) < abs(l2)) {
          l = a * log1p(l1) + b * ln(y * cgh / bgh);
          if (l <= MIN_LN || l >= MAX_LN) {
            l += ln(result);
            if (l >= MAX_LN) {
              return NaN;
            }
            result = exp(l);
          } else {
            result *= exp(l);
          }
        } else {
          l = b * log1p(l2) + a * ln(x * cgh / agh);
          if (l <= MIN_LN || l >= MAX_LN) {
            l += ln(result);
            if (l >= MAX_LN) {
              return NaN;
            }
            result = exp(l);
          } else {
            result *= exp(l);
          }
        }
      } else {
        b1 = x * cgh / agh;
        b2 = y * cgh / bgh;
        l1 = a * ln(b1);
        l2 = b * ln(b2);
        if (l1 >= MAX_LN || l1 <= MIN_LN || l2 >= MAX_LN || l2 <= MIN_LN) {
          if (a < b) {
            p1 = pow(b2, b / a);
            l3 = a * (ln(b1) + ln(p1));
            if (l3 < MAX_LN && l3 > MIN_LN) {
              result *= pow(p1 * b1, a);
            } else {
              l2 += l1 + ln(result);
              if (l2 >= MAX_LN) {
                return NaN;
              }
              result = exp(l2);
            }
          } else {
            p1 = pow(b1, a / b);
            l3 = (ln(p1) + ln(b2)) * b;
            if (l3 < MAX_LN && l3 > MIN_LN) {
              result *= pow(p1 * b2, b);
            } else {
              l2 += l1 + ln(result);
              if (l2 >= MAX_LN) {
                return NaN;
              }
              result = exp(l2);
            }
          }
        } else {
          result *= pow(b1, a) * pow(b2, b);
        }
      }
      return result;
    }
    module.exports = ibetaPowerTerms;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_fraction2.js
var require_ibeta_fraction2 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_fraction2.js"(exports, module) {
    "use strict";
    var continuedFraction = require_lib120();
    var ibetaPowerTerms = require_ibeta_power_terms();
    var OPTS = {
      "keep": true,
      "maxIter": 1e3
    };
    function ibetaFraction2t(a, b, x, y) {
      var m = 0;
      return next;
      function next() {
        var denom;
        var aN;
        var bN;
        aN = (a + m - 1) * (a + b + m - 1) * m * (b - m) * x * x;
        denom = a + 2 * m - 1;
        aN /= denom * denom;
        bN = m;
        bN += m * (b - m) * x / (a + 2 * m - 1);
        bN += (a + m) * (a * y - b * x + 1 + m * (2 - x)) / (a + 2 * m + 1);
        m += 1;
        return [aN, bN];
      }
    }
    function ibetaFraction2(a, b, x, y, normalized, out) {
      var result;
      var fract;
      var f;
      result = ibetaPowerTerms(a, b, x, y, normalized);
      if (out) {
        out[1] = result;
      }
      if (result === 0) {
        return result;
      }
      f = ibetaFraction2t(a, b, x, y);
      fract = continuedFraction(f, OPTS);
      return result / fract;
    }
    module.exports = ibetaFraction2;
  }
});

// node_modules/@stdlib/constants-float64-max-safe-integer/lib/index.js
var require_lib124 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-safe-integer/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_SAFE_INTEGER = 9007199254740991;
    module.exports = FLOAT64_MAX_SAFE_INTEGER;
  }
});

// node_modules/@stdlib/math-base-special-gcd/lib/bitwise_binary_gcd.js
var require_bitwise_binary_gcd = __commonJS({
  "node_modules/@stdlib/math-base-special-gcd/lib/bitwise_binary_gcd.js"(exports, module) {
    "use strict";
    function gcd(a, b) {
      var k = 0;
      var t;
      if (a === 0) {
        return b;
      }
      if (b === 0) {
        return a;
      }
      while ((a & 1) === 0 && (b & 1) === 0) {
        a >>>= 1;
        b >>>= 1;
        k += 1;
      }
      while ((a & 1) === 0) {
        a >>>= 1;
      }
      while (b) {
        while ((b & 1) === 0) {
          b >>>= 1;
        }
        if (a > b) {
          t = b;
          b = a;
          a = t;
        }
        b -= a;
      }
      return a << k;
    }
    module.exports = gcd;
  }
});

// node_modules/@stdlib/math-base-special-gcd/lib/binary_gcd.js
var require_binary_gcd = __commonJS({
  "node_modules/@stdlib/math-base-special-gcd/lib/binary_gcd.js"(exports, module) {
    "use strict";
    function gcd(a, b) {
      var k = 1;
      var t;
      if (a === 0) {
        return b;
      }
      if (b === 0) {
        return a;
      }
      while (a % 2 === 0 && b % 2 === 0) {
        a /= 2;
        b /= 2;
        k *= 2;
      }
      while (a % 2 === 0) {
        a /= 2;
      }
      while (b) {
        while (b % 2 === 0) {
          b /= 2;
        }
        if (a > b) {
          t = b;
          b = a;
          a = t;
        }
        b -= a;
      }
      return k * a;
    }
    module.exports = gcd;
  }
});

// node_modules/@stdlib/math-base-special-gcd/lib/main.js
var require_main87 = __commonJS({
  "node_modules/@stdlib/math-base-special-gcd/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var isInteger = require_lib68();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var INT32_MAX = require_lib84();
    var bitwise = require_bitwise_binary_gcd();
    var largeIntegers = require_binary_gcd();
    function gcd(a, b) {
      if (isnan(a) || isnan(b)) {
        return NaN;
      }
      if (a === PINF || b === PINF || a === NINF || b === NINF) {
        return NaN;
      }
      if (!(isInteger(a) && isInteger(b))) {
        return NaN;
      }
      if (a < 0) {
        a = -a;
      }
      if (b < 0) {
        b = -b;
      }
      if (a <= INT32_MAX && b <= INT32_MAX) {
        return bitwise(a, b);
      }
      return largeIntegers(a, b);
    }
    module.exports = gcd;
  }
});

// node_modules/@stdlib/math-base-special-gcd/lib/index.js
var require_lib125 = __commonJS({
  "node_modules/@stdlib/math-base-special-gcd/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main87();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-binomcoef/lib/main.js
var require_main88 = __commonJS({
  "node_modules/@stdlib/math-base-special-binomcoef/lib/main.js"(exports, module) {
    "use strict";
    var MAX_SAFE_INTEGER = require_lib124();
    var PINF = require_lib12();
    var isInteger = require_lib68();
    var isnan = require_lib6();
    var isOdd = require_lib70();
    var floor = require_lib7();
    var gcd = require_lib125();
    function binomcoef(n, k) {
      var res;
      var sgn;
      var b;
      var c;
      var d;
      var g;
      var s;
      if (isnan(n) || isnan(k)) {
        return NaN;
      }
      if (!isInteger(n) || !isInteger(k)) {
        return NaN;
      }
      if (k < 0) {
        return 0;
      }
      sgn = 1;
      if (n < 0) {
        n = -n + k - 1;
        if (isOdd(k)) {
          sgn *= -1;
        }
      }
      if (k > n) {
        return 0;
      }
      if (k === 0 || k === n) {
        return sgn;
      }
      if (k === 1 || k === n - 1) {
        return sgn * n;
      }
      if (n - k < k) {
        k = n - k;
      }
      s = floor(MAX_SAFE_INTEGER / n);
      res = 1;
      for (d = 1; d <= k; d++) {
        if (res > s) {
          break;
        }
        res *= n;
        res /= d;
        n -= 1;
      }
      if (d > k) {
        return sgn * res;
      }
      b = binomcoef(n, k - d + 1);
      if (b === PINF) {
        return sgn * b;
      }
      c = binomcoef(k, k - d + 1);
      g = gcd(b, c);
      b /= g;
      c /= g;
      res /= c;
      return sgn * res * b;
    }
    module.exports = binomcoef;
  }
});

// node_modules/@stdlib/math-base-special-binomcoef/lib/index.js
var require_lib126 = __commonJS({
  "node_modules/@stdlib/math-base-special-binomcoef/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main88();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/binomial_ccdf.js
var require_binomial_ccdf = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/binomial_ccdf.js"(exports, module) {
    "use strict";
    var binomcoef = require_lib126();
    var floor = require_lib7();
    var pow = require_lib75();
    var MIN_VALUE = require_lib45();
    function binomialCCDF(n, k, x, y) {
      var startTerm;
      var result;
      var start;
      var term;
      var i;
      result = pow(x, n);
      if (result > MIN_VALUE) {
        term = result;
        for (i = floor(n - 1); i > k; i--) {
          term *= (i + 1) * y / ((n - i) * x);
          result += term;
        }
      } else {
        start = floor(n * x);
        if (start <= k + 1) {
          start = floor(k + 2);
        }
        result = pow(x, start) * pow(y, n - start);
        result *= binomcoef(floor(n), floor(start));
        if (result === 0) {
          for (i = start - 1; i > k; i--) {
            result += pow(x, i) * pow(y, n - i);
            result *= binomcoef(floor(n), floor(i));
          }
        } else {
          term = result;
          startTerm = result;
          for (i = start - 1; i > k; i--) {
            term *= (i + 1) * y / ((n - i) * x);
            result += term;
          }
          term = startTerm;
          for (i = start + 1; i <= n; i++) {
            term *= (n - i + 1) * x / (i * y);
            result += term;
          }
        }
      }
      return result;
    }
    module.exports = binomialCCDF;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_a_step.js
var require_ibeta_a_step = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_a_step.js"(exports, module) {
    "use strict";
    var ibetaPowerTerms = require_ibeta_power_terms();
    function ibetaAStep(a, b, x, y, k, normalized, out) {
      var prefix;
      var term;
      var sum;
      var i;
      prefix = ibetaPowerTerms(a, b, x, y, normalized);
      if (out) {
        out[1] = prefix;
      }
      prefix /= a;
      if (prefix === 0) {
        return prefix;
      }
      sum = 1;
      term = 1;
      for (i = 0; i < k - 1; ++i) {
        term *= (a + b + i) * x / (a + i + 1);
        sum += term;
      }
      prefix *= sum;
      return prefix;
    }
    module.exports = ibetaAStep;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_series.js
var require_ibeta_series = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_series.js"(exports, module) {
    "use strict";
    var lanczosSumExpGScaled = require_lib116();
    var sumSeries = require_lib110();
    var log1p = require_lib65();
    var sqrt = require_lib54();
    var exp = require_lib51();
    var pow = require_lib75();
    var ln = require_lib59();
    var MIN_VALUE = require_lib45();
    var MAX_LN = require_lib106();
    var MIN_LN = require_lib111();
    var G = require_lib101();
    var E = require_lib76();
    var opts = {
      "maxTerms": 100
    };
    function ibetaSeriesT(a, b, x, result) {
      var poch = 1 - b;
      var n = 1;
      return next;
      function next() {
        var r = result / a;
        a += 1;
        result *= poch * x / n;
        n += 1;
        poch += 1;
        return r;
      }
    }
    function ibetaSeries(a, b, x, s0, normalized, out, y) {
      var result;
      var agh;
      var bgh;
      var cgh;
      var l1;
      var l2;
      var c;
      var s;
      if (normalized) {
        c = a + b;
        agh = a + G - 0.5;
        bgh = b + G - 0.5;
        cgh = c + G - 0.5;
        result = lanczosSumExpGScaled(c) / (lanczosSumExpGScaled(a) * lanczosSumExpGScaled(b));
        l1 = ln(cgh / bgh) * (b - 0.5);
        l2 = ln(x * cgh / agh) * a;
        if (l1 > MIN_LN && l1 < MAX_LN && l2 > MIN_LN && l2 < MAX_LN) {
          if (a * b < bgh * 10) {
            result *= exp((b - 0.5) * log1p(a / bgh));
          } else {
            result *= pow(cgh / bgh, b - 0.5);
          }
          result *= pow(x * cgh / agh, a);
          result *= sqrt(agh / E);
          if (out) {
            out[1] = result * pow(y, b);
          }
        } else {
          result = ln(result) + l1 + l2 + (ln(agh) - 1) / 2;
          if (out) {
            out[1] = exp(result + b * ln(y));
          }
          result = exp(result);
        }
      } else {
        result = pow(x, a);
      }
      if (result < MIN_VALUE) {
        return s0;
      }
      s = ibetaSeriesT(a, b, x, result);
      opts.initialValue = s0;
      return sumSeries(s, opts);
    }
    module.exports = ibetaSeries;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/assign.js
var require_assign3 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/assign.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var expm1 = require_lib64();
    var floor = require_lib7();
    var log1p = require_lib65();
    var asin = require_lib67();
    var beta = require_lib78();
    var sqrt = require_lib54();
    var exp = require_lib51();
    var pow = require_lib75();
    var max = require_lib80();
    var min = require_lib82();
    var MAX_FLOAT64 = require_lib83();
    var MIN_FLOAT64 = require_lib45();
    var MAX_INT32 = require_lib84();
    var HALF_PI = require_lib85();
    var PI = require_lib86();
    var betaSmallBLargeASeries = require_beta_small_b_large_a_series();
    var risingFactorialRatio = require_rising_factorial_ratio();
    var ibetaPowerTerms = require_ibeta_power_terms();
    var ibetaFraction2 = require_ibeta_fraction2();
    var binomialCCDF = require_binomial_ccdf();
    var ibetaAStep = require_ibeta_a_step();
    var ibetaSeries = require_ibeta_series();
    var ONE_OVER_PI = 1 / PI;
    function ibetaImp(x, a, b, regularized, upper, out, stride, offset) {
      var lambda;
      var prefix;
      var fract;
      var bbar;
      var div;
      var tmp;
      var i0;
      var i1;
      var k;
      var n;
      var p;
      var y;
      y = 1 - x;
      i0 = offset;
      i1 = offset + stride;
      out[i1] = -1;
      if (isnan(x) || x < 0 || x > 1) {
        out[i0] = NaN;
        out[i1] = NaN;
        return out;
      }
      if (regularized) {
        if (a < 0 || b < 0) {
          out[i0] = NaN;
          out[i1] = NaN;
          return out;
        }
        if (a === 0) {
          if (b === 0) {
            out[i0] = NaN;
            out[i1] = NaN;
            return out;
          }
          if (b > 0) {
            out[i0] = upper ? 0 : 1;
            return out;
          }
        } else if (b === 0) {
          if (a > 0) {
            out[i0] = upper ? 1 : 0;
            return out;
          }
        }
      } else if (a <= 0 || b <= 0) {
        out[i0] = NaN;
        out[i1] = NaN;
        return out;
      }
      if (x === 0) {
        if (a === 1) {
          out[i1] = 1;
        } else {
          out[i1] = a < 1 ? MAX_FLOAT64 / 2 : MIN_FLOAT64 * 2;
        }
        if (upper) {
          out[i0] = regularized ? 1 : beta(a, b);
          return out;
        }
        out[i0] = 0;
        return out;
      }
      if (x === 1) {
        if (b === 1) {
          out[i1] = 1;
        } else {
          out[i1] = b < 1 ? MAX_FLOAT64 / 2 : MIN_FLOAT64 * 2;
        }
        if (upper) {
          out[i0] = 0;
        } else {
          out[i0] = regularized ? 1 : beta(a, b);
        }
        return out;
      }
      if (a === 0.5 && b === 0.5) {
        out[i1] = ONE_OVER_PI * sqrt(y * x);
        p = upper ? asin(sqrt(y)) : asin(sqrt(x));
        p /= HALF_PI;
        if (!regularized) {
          p *= PI;
        }
        out[i0] = p;
        return out;
      }
      if (a === 1) {
        tmp = b;
        b = a;
        a = tmp;
        tmp = y;
        y = x;
        x = tmp;
        upper = !upper;
      }
      if (b === 1) {
        if (a === 1) {
          out[i0] = upper ? y : x;
          out[i1] = 1;
          return out;
        }
        out[i1] = a * pow(x, a - 1);
        if (y < 0.5) {
          p = upper ? -expm1(a * log1p(-y)) : exp(a * log1p(-y));
        } else {
          p = upper ? -(pow(x, a) - 1) : pow(x, a);
        }
        if (!regularized) {
          p /= a;
        }
        out[i0] = p;
        return out;
      }
      if (min(a, b) <= 1) {
        if (x > 0.5) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = y;
          y = x;
          x = tmp;
          upper = !upper;
        }
        if (max(a, b) <= 1) {
          if (a >= min(0.2, b) || pow(x, a) <= 0.9) {
            if (upper) {
              fract = -(regularized ? 1 : beta(a, b));
              upper = false;
              fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
            } else {
              fract = ibetaSeries(a, b, x, 0, regularized, out, y);
            }
          } else {
            tmp = b;
            b = a;
            a = tmp;
            tmp = y;
            y = x;
            x = tmp;
            upper = !upper;
            if (y >= 0.3) {
              if (upper) {
                fract = -(regularized ? 1 : beta(a, b));
                upper = false;
                fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
              } else {
                fract = ibetaSeries(a, b, x, 0, regularized, out, y);
              }
            } else {
              if (regularized) {
                prefix = 1;
              } else {
                prefix = risingFactorialRatio(a + b, a, 20);
              }
              fract = ibetaAStep(a, b, x, y, 20, regularized, out);
              if (upper) {
                fract -= regularized ? 1 : beta(a, b);
                upper = false;
                fract = -betaSmallBLargeASeries(a + 20, b, x, y, fract, prefix, regularized);
              } else {
                fract = betaSmallBLargeASeries(a + 20, b, x, y, fract, prefix, regularized);
              }
            }
          }
        } else if (b <= 1 || x < 0.1 && pow(b * x, a) <= 0.7) {
          if (upper) {
            fract = -(regularized ? 1 : beta(a, b));
            upper = false;
            fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
          } else {
            fract = ibetaSeries(a, b, x, 0, regularized, out, y);
          }
        } else {
          tmp = b;
          b = a;
          a = tmp;
          tmp = y;
          y = x;
          x = tmp;
          upper = !upper;
          if (y >= 0.3) {
            if (upper) {
              fract = -(regularized ? 1 : beta(a, b));
              upper = false;
              fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
            } else {
              fract = ibetaSeries(a, b, x, 0, regularized, out, y);
            }
          } else if (a >= 15) {
            if (upper) {
              fract = -(regularized ? 1 : beta(a, b));
              upper = false;
              fract = -betaSmallBLargeASeries(a, b, x, y, fract, 1, regularized);
            } else {
              fract = betaSmallBLargeASeries(a, b, x, y, 0, 1, regularized);
            }
          } else {
            if (regularized) {
              prefix = 1;
            } else {
              prefix = risingFactorialRatio(a + b, a, 20);
            }
            fract = ibetaAStep(a, b, x, y, 20, regularized, out);
            if (upper) {
              fract -= regularized ? 1 : beta(a, b);
              upper = false;
              fract = -betaSmallBLargeASeries(a + 20, b, x, y, fract, prefix, regularized);
            } else {
              fract = betaSmallBLargeASeries(a + 20, b, x, y, fract, prefix, regularized);
            }
          }
        }
      } else {
        if (a < b) {
          lambda = a - (a + b) * x;
        } else {
          lambda = (a + b) * y - b;
        }
        if (lambda < 0) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = y;
          y = x;
          x = tmp;
          upper = !upper;
        }
        if (b < 40) {
          if (floor(a) === a && floor(b) === b && a < MAX_INT32 - 100) {
            k = a - 1;
            n = b + k;
            fract = binomialCCDF(n, k, x, y);
            if (!regularized) {
              fract *= beta(a, b);
            }
          } else if (b * x <= 0.7) {
            if (upper) {
              fract = -(regularized ? 1 : beta(a, b));
              upper = false;
              fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
            } else {
              fract = ibetaSeries(a, b, x, 0, regularized, out, y);
            }
          } else if (a > 15) {
            n = floor(b);
            if (n === b) {
              n -= 1;
            }
            bbar = b - n;
            if (regularized) {
              prefix = 1;
            } else {
              prefix = risingFactorialRatio(a + bbar, bbar, n);
            }
            fract = ibetaAStep(bbar, a, y, x, n, regularized);
            fract = betaSmallBLargeASeries(a, bbar, x, y, fract, 1, regularized);
            fract /= prefix;
          } else if (regularized) {
            n = floor(b);
            bbar = b - n;
            if (bbar <= 0) {
              n -= 1;
              bbar += 1;
            }
            fract = ibetaAStep(bbar, a, y, x, n, regularized);
            fract += ibetaAStep(a, bbar, x, y, 20, regularized);
            if (upper) {
              fract -= 1;
            }
            fract = betaSmallBLargeASeries(a + 20, bbar, x, y, fract, 1, regularized);
            if (upper) {
              fract = -fract;
              upper = false;
            }
          } else {
            fract = ibetaFraction2(a, b, x, y, regularized, out);
          }
        } else {
          fract = ibetaFraction2(a, b, x, y, regularized, out);
        }
      }
      if (out[i1] < 0) {
        out[i1] = ibetaPowerTerms(a, b, x, y, true);
      }
      div = y * x;
      if (out[i1] !== 0) {
        if (MAX_FLOAT64 * div < out[i1]) {
          out[i1] = MAX_FLOAT64 / 2;
        } else {
          out[i1] /= div;
        }
      }
      out[i0] = upper ? (regularized ? 1 : beta(a, b)) - fract : fract;
      return out;
    }
    module.exports = ibetaImp;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/main.js
var require_main89 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/main.js"(exports, module) {
    "use strict";
    var compute = require_assign3();
    function kernelBetainc(x, a, b, regularized, upper) {
      return compute(x, a, b, regularized, upper, [0, 0], 1, 0);
    }
    module.exports = kernelBetainc;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/index.js
var require_lib127 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main89();
    var assign = require_assign3();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-betainc/lib/main.js
var require_main90 = __commonJS({
  "node_modules/@stdlib/math-base-special-betainc/lib/main.js"(exports, module) {
    "use strict";
    var kernelBetainc = require_lib127().assign;
    function betainc(x, a, b, regularized, upper) {
      var out = [0, 0];
      regularized = regularized === false ? false : true;
      upper = upper === true ? true : false;
      kernelBetainc(x, a, b, regularized, upper, out, 1, 0);
      return out[0];
    }
    module.exports = betainc;
  }
});

// node_modules/@stdlib/math-base-special-betainc/lib/index.js
var require_lib128 = __commonJS({
  "node_modules/@stdlib/math-base-special-betainc/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main90();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-t-cdf/lib/main.js
var require_main91 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-cdf/lib/main.js"(exports, module) {
    "use strict";
    var betainc = require_lib128();
    var isnan = require_lib6();
    var pow = require_lib75();
    function cdf(x, v) {
      var x2;
      var p;
      var z;
      if (isnan(x) || isnan(v) || v <= 0) {
        return NaN;
      }
      if (x === 0) {
        return 0.5;
      }
      x2 = pow(x, 2);
      if (v > 2 * x2) {
        z = x2 / (v + x2);
        p = betainc(z, 0.5, v / 2, true, true) / 2;
      } else {
        z = v / (v + x2);
        p = betainc(z, v / 2, 0.5, true, false) / 2;
      }
      return x > 0 ? 1 - p : p;
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-t-cdf/lib/factory.js
var require_factory6 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var betainc = require_lib128();
    var isnan = require_lib6();
    var pow = require_lib75();
    function factory(v) {
      if (isnan(v) || v <= 0) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x) {
        var x2;
        var p;
        var z;
        if (isnan(x)) {
          return NaN;
        }
        if (x === 0) {
          return 0.5;
        }
        x2 = pow(x, 2);
        if (v > 2 * x2) {
          z = x2 / (v + x2);
          p = betainc(z, 0.5, v / 2, true, true) / 2;
        } else {
          z = v / (v + x2);
          p = betainc(z, v / 2, 0.5, true, false) / 2;
        }
        return x > 0 ? 1 - p : p;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-t-cdf/lib/index.js
var require_lib129 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main91();
    var factory = require_factory6();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p1q1.js
var require_rational_p1q13 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p1q1.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -5087819496582806e-19;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -5087819496582806e-19 + x * (-0.008368748197417368 + x * (0.03348066254097446 + x * (-0.012692614766297404 + x * (-0.03656379714117627 + x * (0.02198786811111689 + x * (0.008226878746769157 + x * (-0.005387729650712429 + x * (0 + x * 0))))))));
        s2 = 1 + x * (-0.9700050433032906 + x * (-1.5657455823417585 + x * (1.5622155839842302 + x * (0.662328840472003 + x * (-0.7122890234154284 + x * (-0.05273963823400997 + x * (0.07952836873415717 + x * (-0.0023339375937419 + x * 8862163904564247e-19))))))));
      } else {
        x = 1 / x;
        s1 = 0 + x * (0 + x * (-0.005387729650712429 + x * (0.008226878746769157 + x * (0.02198786811111689 + x * (-0.03656379714117627 + x * (-0.012692614766297404 + x * (0.03348066254097446 + x * (-0.008368748197417368 + x * -5087819496582806e-19))))))));
        s2 = 8862163904564247e-19 + x * (-0.0023339375937419 + x * (0.07952836873415717 + x * (-0.05273963823400997 + x * (-0.7122890234154284 + x * (0.662328840472003 + x * (1.5622155839842302 + x * (-1.5657455823417585 + x * (-0.9700050433032906 + x * 1))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p2q2.js
var require_rational_p2q23 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p2q2.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.20243350835593876;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.20243350835593876 + x * (0.10526468069939171 + x * (8.3705032834312 + x * (17.644729840837403 + x * (-18.851064805871424 + x * (-44.6382324441787 + x * (17.445385985570866 + x * (21.12946554483405 + x * -3.6719225470772936)))))));
        s2 = 1 + x * (6.242641248542475 + x * (3.971343795334387 + x * (-28.66081804998 + x * (-20.14326346804852 + x * (48.560921310873994 + x * (10.826866735546016 + x * (-22.643693341313973 + x * 1.7211476576120028)))))));
      } else {
        x = 1 / x;
        s1 = -3.6719225470772936 + x * (21.12946554483405 + x * (17.445385985570866 + x * (-44.6382324441787 + x * (-18.851064805871424 + x * (17.644729840837403 + x * (8.3705032834312 + x * (0.10526468069939171 + x * -0.20243350835593876)))))));
        s2 = 1.7211476576120028 + x * (-22.643693341313973 + x * (10.826866735546016 + x * (48.560921310873994 + x * (-20.14326346804852 + x * (-28.66081804998 + x * (3.971343795334387 + x * (6.242641248542475 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p3q3.js
var require_rational_p3q33 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p3q3.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.1311027816799519;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.1311027816799519 + x * (-0.16379404719331705 + x * (0.11703015634199525 + x * (0.38707973897260434 + x * (0.3377855389120359 + x * (0.14286953440815717 + x * (0.029015791000532906 + x * (0.0021455899538880526 + x * (-6794655751811263e-22 + x * (28522533178221704e-24 + x * -681149956853777e-24)))))))));
        s2 = 1 + x * (3.4662540724256723 + x * (5.381683457070069 + x * (4.778465929458438 + x * (2.5930192162362027 + x * (0.848854343457902 + x * (0.15226433829533179 + x * (0.011059242293464892 + x * (0 + x * (0 + x * 0)))))))));
      } else {
        x = 1 / x;
        s1 = -681149956853777e-24 + x * (28522533178221704e-24 + x * (-6794655751811263e-22 + x * (0.0021455899538880526 + x * (0.029015791000532906 + x * (0.14286953440815717 + x * (0.3377855389120359 + x * (0.38707973897260434 + x * (0.11703015634199525 + x * (-0.16379404719331705 + x * -0.1311027816799519)))))))));
        s2 = 0 + x * (0 + x * (0 + x * (0.011059242293464892 + x * (0.15226433829533179 + x * (0.848854343457902 + x * (2.5930192162362027 + x * (4.778465929458438 + x * (5.381683457070069 + x * (3.4662540724256723 + x * 1)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p4q4.js
var require_rational_p4q42 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p4q4.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0350353787183178;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0350353787183178 + x * (-0.0022242652921344794 + x * (0.018557330651423107 + x * (0.009508047013259196 + x * (0.0018712349281955923 + x * (15754461742496055e-20 + x * (460469890584318e-20 + x * (-2304047769118826e-25 + x * 26633922742578204e-28)))))));
        s2 = 1 + x * (1.3653349817554064 + x * (0.7620591645536234 + x * (0.22009110576413124 + x * (0.03415891436709477 + x * (0.00263861676657016 + x * (7646752923027944e-20 + x * (0 + x * 0)))))));
      } else {
        x = 1 / x;
        s1 = 26633922742578204e-28 + x * (-2304047769118826e-25 + x * (460469890584318e-20 + x * (15754461742496055e-20 + x * (0.0018712349281955923 + x * (0.009508047013259196 + x * (0.018557330651423107 + x * (-0.0022242652921344794 + x * -0.0350353787183178)))))));
        s2 = 0 + x * (0 + x * (7646752923027944e-20 + x * (0.00263861676657016 + x * (0.03415891436709477 + x * (0.22009110576413124 + x * (0.7620591645536234 + x * (1.3653349817554064 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p5q5.js
var require_rational_p5q52 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p5q5.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.016743100507663373;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.016743100507663373 + x * (-0.0011295143874558028 + x * (0.001056288621524929 + x * (20938631748758808e-20 + x * (14962478375834237e-21 + x * (44969678992770644e-23 + x * (4625961635228786e-24 + x * (-2811287356288318e-29 + x * 9905570997331033e-32)))))));
        s2 = 1 + x * (0.5914293448864175 + x * (0.1381518657490833 + x * (0.016074608709367652 + x * (9640118070051656e-19 + x * (27533547476472603e-21 + x * (282243172016108e-21 + x * (0 + x * 0)))))));
      } else {
        x = 1 / x;
        s1 = 9905570997331033e-32 + x * (-2811287356288318e-29 + x * (4625961635228786e-24 + x * (44969678992770644e-23 + x * (14962478375834237e-21 + x * (20938631748758808e-20 + x * (0.001056288621524929 + x * (-0.0011295143874558028 + x * -0.016743100507663373)))))));
        s2 = 0 + x * (0 + x * (282243172016108e-21 + x * (27533547476472603e-21 + x * (9640118070051656e-19 + x * (0.016074608709367652 + x * (0.1381518657490833 + x * (0.5914293448864175 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/main.js
var require_main92 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var sqrt = require_lib54();
    var ln = require_lib59();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var rationalFcnR1 = require_rational_p1q13();
    var rationalFcnR2 = require_rational_p2q23();
    var rationalFcnR3 = require_rational_p3q33();
    var rationalFcnR4 = require_rational_p4q42();
    var rationalFcnR5 = require_rational_p5q52();
    var Y1 = 0.08913147449493408;
    var Y2 = 2.249481201171875;
    var Y3 = 0.807220458984375;
    var Y4 = 0.9399557113647461;
    var Y5 = 0.9836282730102539;
    function erfcinv(x) {
      var sign;
      var qs;
      var q;
      var g;
      var r;
      if (isnan(x)) {
        return NaN;
      }
      if (x === 0) {
        return PINF;
      }
      if (x === 2) {
        return NINF;
      }
      if (x === 1) {
        return 0;
      }
      if (x > 2 || x < 0) {
        return NaN;
      }
      if (x > 1) {
        sign = -1;
        q = 2 - x;
      } else {
        sign = 1;
        q = x;
      }
      x = 1 - q;
      if (x <= 0.5) {
        g = x * (x + 10);
        r = rationalFcnR1(x);
        return sign * (g * Y1 + g * r);
      }
      if (q >= 0.25) {
        g = sqrt(-2 * ln(q));
        q -= 0.25;
        r = rationalFcnR2(q);
        return sign * (g / (Y2 + r));
      }
      q = sqrt(-ln(q));
      if (q < 3) {
        qs = q - 1.125;
        r = rationalFcnR3(qs);
        return sign * (Y3 * q + r * q);
      }
      if (q < 6) {
        qs = q - 3;
        r = rationalFcnR4(qs);
        return sign * (Y4 * q + r * q);
      }
      qs = q - 6;
      r = rationalFcnR5(qs);
      return sign * (Y5 * q + r * q);
    }
    module.exports = erfcinv;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/index.js
var require_lib130 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main92();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-acos/lib/main.js
var require_main93 = __commonJS({
  "node_modules/@stdlib/math-base-special-acos/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var asin = require_lib67();
    var sqrt = require_lib54();
    var PIO4 = require_lib66();
    var MOREBITS = 6123233995736766e-32;
    function acos(x) {
      var z;
      if (isnan(x)) {
        return NaN;
      }
      if (x < -1 || x > 1) {
        return NaN;
      }
      if (x > 0.5) {
        return 2 * asin(sqrt(0.5 - 0.5 * x));
      }
      z = PIO4 - asin(x);
      z += MOREBITS;
      z += PIO4;
      return z;
    }
    module.exports = acos;
  }
});

// node_modules/@stdlib/math-base-special-acos/lib/index.js
var require_lib131 = __commonJS({
  "node_modules/@stdlib/math-base-special-acos/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main93();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-sqrt-two/lib/index.js
var require_lib132 = __commonJS({
  "node_modules/@stdlib/constants-float64-sqrt-two/lib/index.js"(exports, module) {
    "use strict";
    var SQRT2 = 1.4142135623730951;
    module.exports = SQRT2;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co14.js
var require_polyval_co14 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co14.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.16666666666666666;
      }
      return 0.16666666666666666 + x * 0.16666666666666666;
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co15.js
var require_polyval_co15 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co15.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.058333333333333334;
      }
      return 0.058333333333333334 + x * (0.06666666666666667 + x * 0.008333333333333333);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co16.js
var require_polyval_co16 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co16.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.0251984126984127;
      }
      return 0.0251984126984127 + x * (0.026785714285714284 + x * (0.0017857142857142857 + x * 1984126984126984e-19));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co17.js
var require_polyval_co17 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co17.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.012039792768959435;
      }
      return 0.012039792768959435 + x * (0.010559964726631394 + x * (-0.0011078042328042327 + x * (3747795414462081e-19 + x * 27557319223985893e-22)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co18.js
var require_polyval_co18 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co18.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.003837005972422639;
      }
      return 0.003837005972422639 + x * (0.00610392115600449 + x * (-0.0016095979637646305 + x * (5945867404200738e-19 + x * (-6270542728876062e-20 + x * 2505210838544172e-23))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co19.js
var require_polyval_co19 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co19.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.0032177478835464946;
      }
      return 0.0032177478835464946 + x * (0.0010898206731540065 + x * (-0.0012579159844784845 + x * (6908420797309686e-19 + x * (-16376804137220805e-20 + x * (154012654012654e-19 + x * 16059043836821613e-26)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co20.js
var require_polyval_co20 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co20.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.001743826229834001;
      }
      return 0.001743826229834001 + x * (3353097688001788e-20 + x * (-7624513544032393e-19 + x * (6451304695145635e-19 + x * (-249472580470431e-18 + x * (49255746366361444e-21 + x * (-39851014346715405e-22 + x * 7647163731819816e-28))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co21.js
var require_polyval_co21 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co21.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 9647274732138864e-19;
      }
      return 9647274732138864e-19 + x * (-3110108632631878e-19 + x * (-36307660358786886e-20 + x * (5140660578834113e-19 + x * (-29133414466938067e-20 + x * (9086710793521991e-20 + x * (-15303004486655377e-21 + x * (10914179173496788e-22 + x * 28114572543455206e-31)))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co22.js
var require_polyval_co22 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co22.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 5422926281312969e-19;
      }
      return 5422926281312969e-19 + x * (-3694266780000966e-19 + x * (-10230378073700413e-20 + x * (35764655430568635e-20 + x * (-28690924218514614e-20 + x * (12645437628698076e-20 + x * (-33202652391372056e-21 + x * (4890304529197534e-21 + x * (-3123956959982987e-22 + x * 822063524662433e-32))))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_body_series.js
var require_inverse_students_t_body_series = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_body_series.js"(exports, module) {
    "use strict";
    var gammaDeltaRatio = require_lib102();
    var evalpoly = require_lib113();
    var sqrt = require_lib54();
    var PI = require_lib86();
    var polyval1 = require_polyval_co14();
    var polyval2 = require_polyval_co15();
    var polyval3 = require_polyval_co16();
    var polyval4 = require_polyval_co17();
    var polyval5 = require_polyval_co18();
    var polyval6 = require_polyval_co19();
    var polyval7 = require_polyval_co20();
    var polyval8 = require_polyval_co21();
    var polyval9 = require_polyval_co22();
    var c0 = 0;
    var c = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    function inverseStudentsTBodySeries(df, u) {
      var idf;
      var v;
      v = gammaDeltaRatio(df / 2, 0.5) * sqrt(df * PI) * (u - 0.5);
      idf = 1 / df;
      c[1] = polyval1(idf);
      c[2] = polyval2(idf);
      c[3] = polyval3(idf);
      c[4] = polyval4(idf);
      c[5] = polyval5(idf);
      c[6] = polyval6(idf);
      c[7] = polyval7(idf);
      c[8] = polyval8(idf);
      c[9] = polyval9(idf);
      return c0 + v * evalpoly(c, v * v);
    }
    module.exports = inverseStudentsTBodySeries;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_tail_series.js
var require_inverse_students_t_tail_series = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_tail_series.js"(exports, module) {
    "use strict";
    var gammaDeltaRatio = require_lib102();
    var evalpoly = require_lib113();
    var sqrt = require_lib54();
    var pow = require_lib75();
    var PI = require_lib86();
    var d = [0, 0, 0, 0, 0, 0, 0];
    function inverseStudentsTTailSeries(df, v) {
      var result;
      var power;
      var div;
      var np2;
      var np4;
      var np6;
      var rn;
      var w;
      w = gammaDeltaRatio(df / 2, 0.5) * sqrt(df * PI) * v;
      np2 = df + 2;
      np4 = df + 4;
      np6 = df + 6;
      d[0] = 1;
      d[1] = -(df + 1) / (2 * np2);
      np2 *= df + 2;
      d[2] = -df * (df + 1) * (df + 3) / (8 * np2 * np4);
      np2 *= df + 2;
      d[3] = -df * (df + 1) * (df + 5) * ((3 * df + 7) * df - 2) / (48 * np2 * np4 * np6);
      np2 *= df + 2;
      np4 *= df + 4;
      d[4] = -df * (df + 1) * (df + 7) * (((((15 * df + 154) * df + 465) * df + 286) * df - 336) * df + 64) / (384 * np2 * np4 * np6 * (df + 8));
      np2 *= df + 2;
      d[5] = -df * (df + 1) * (df + 3) * (df + 9) * ((((((35 * df + 452) * df + 1573) * df + 600) * df - 2020) * df + 928) * df - 128) / (1280 * np2 * np4 * np6 * (df + 8) * (df + 10));
      np2 *= df + 2;
      np4 *= df + 4;
      np6 *= df + 6;
      d[6] = -df * (df + 1) * (df + 11) * (((((((((((945 * df + 31506) * df + 425858) * df + 2980236) * df + 11266745) * df + 20675018) * df + 7747124) * df - 22574632) * df - 8565600) * df + 18108416) * df - 7099392) * df + 884736) / (46080 * np2 * np4 * np6 * (df + 8) * (df + 10) * (df + 12));
      rn = sqrt(df);
      div = pow(rn * w, 1 / df);
      power = div * div;
      result = evalpoly(d, power);
      result *= rn;
      result /= div;
      return -result;
    }
    module.exports = inverseStudentsTTailSeries;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_hill.js
var require_inverse_students_t_hill = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_hill.js"(exports, module) {
    "use strict";
    var erfcinv = require_lib130();
    var expm1 = require_lib64();
    var sqrt = require_lib54();
    var pow = require_lib75();
    var HALF_PI = require_lib85();
    var SQRT2 = require_lib132();
    function inverseStudentsTHill(ndf, u) {
      var a;
      var b;
      var c;
      var d;
      var q;
      var x;
      var y;
      if (ndf > 1e20) {
        return -erfcinv(2 * u) * SQRT2;
      }
      a = 1 / (ndf - 0.5);
      b = 48 / (a * a);
      c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
      d = ((94.5 / (b + c) - 3) / b + 1) * sqrt(a * HALF_PI) * ndf;
      y = pow(d * 2 * u, 2 / ndf);
      if (y > 0.05 + a) {
        x = -erfcinv(2 * u) * SQRT2;
        y = x * x;
        if (ndf < 5) {
          c += 0.3 * (ndf - 4.5) * (x + 0.6);
        }
        c += (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b;
        y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
        y = expm1(a * y * y);
      } else {
        y = ((1 / (((ndf + 6) / (ndf * y) - 0.089 * d - 0.822) * (ndf + 2) * 3) + 0.5 / (ndf + 4)) * y - 1) * (ndf + 1) / (ndf + 2) + 1 / y;
      }
      q = sqrt(ndf * y);
      return -q;
    }
    module.exports = inverseStudentsTHill;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t.js
var require_inverse_students_t = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t.js"(exports, module) {
    "use strict";
    var erfcinv = require_lib130();
    var floor = require_lib7();
    var ldexp = require_lib50();
    var round2 = require_lib92();
    var acos = require_lib131();
    var sqrt = require_lib54();
    var abs = require_lib46();
    var cos = require_lib103();
    var pow = require_lib75();
    var sin = require_lib94();
    var SQRT2 = require_lib132();
    var PI = require_lib86();
    var inverseStudentsTBodySeries = require_inverse_students_t_body_series();
    var inverseStudentsTTailSeries = require_inverse_students_t_tail_series();
    var inverseStudentsTHill = require_inverse_students_t_hill();
    var DF_THRESHOLD = 268435456;
    var ONE_THIRD = 1 / 3;
    var EXP = 2 * 53 / 3;
    var C = 0.8549879733383485;
    function inverseStudentsT(df, u, v) {
      var crossover;
      var tolerance;
      var rootAlpha;
      var invert;
      var result;
      var alpha;
      var tmp;
      var p0;
      var p2;
      var p4;
      var p5;
      var p;
      var r;
      var x;
      var a;
      var b;
      result = 0;
      if (u > v) {
        tmp = v;
        v = u;
        u = tmp;
        invert = true;
      } else {
        invert = false;
      }
      if (floor(df) === df && df < 20) {
        tolerance = ldexp(1, EXP);
        switch (floor(df)) {
          case 1:
            if (u === 0.5) {
              result = 0;
            } else {
              result = -cos(PI * u) / sin(PI * u);
            }
            break;
          case 2:
            result = (2 * u - 1) / sqrt(2 * u * v);
            break;
          case 4:
            alpha = 4 * u * v;
            rootAlpha = sqrt(alpha);
            r = 4 * cos(acos(rootAlpha) / 3) / rootAlpha;
            x = sqrt(r - 4);
            result = u - 0.5 < 0 ? -x : x;
            break;
          case 6:
            if (u < 1e-150) {
              return (invert ? -1 : 1) * inverseStudentsTHill(df, u);
            }
            a = 4 * (u - u * u);
            b = pow(a, ONE_THIRD);
            p = 6 * (1 + C * (1 / b - 1));
            do {
              p2 = p * p;
              p4 = p2 * p2;
              p5 = p * p4;
              p0 = p;
              p = 2 * (8 * a * p5 - 270 * p2 + 2187) / (5 * (4 * a * p4 - 216 * p - 243));
            } while (abs((p - p0) / p) > tolerance);
            p = sqrt(p - df);
            result = u - 0.5 < 0 ? -p : p;
            break;
          default:
            if (df > DF_THRESHOLD) {
              result = erfcinv(2 * u) * SQRT2;
            } else if (df < 3) {
              crossover = 0.2742 - df * 0.0242143;
              if (u > crossover) {
                result = inverseStudentsTBodySeries(df, u);
              } else {
                result = inverseStudentsTTailSeries(df, u);
              }
            } else {
              crossover = ldexp(1, round2(df / -0.654));
              if (u > crossover) {
                result = inverseStudentsTHill(df, u);
              } else {
                result = inverseStudentsTTailSeries(df, u);
              }
            }
        }
      } else if (df > DF_THRESHOLD) {
        result = -erfcinv(2 * u) * SQRT2;
      } else if (df < 3) {
        crossover = 0.2742 - df * 0.0242143;
        if (u > crossover) {
          result = inverseStudentsTBodySeries(df, u);
        } else {
          result = inverseStudentsTTailSeries(df, u);
        }
      } else {
        crossover = ldexp(1, round2(df / -0.654));
        if (u > crossover) {
          result = inverseStudentsTHill(df, u);
        } else {
          result = inverseStudentsTTailSeries(df, u);
        }
      }
      return invert ? -result : result;
    }
    module.exports = inverseStudentsT;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/find_ibeta_inv_from_t_dist.js
var require_find_ibeta_inv_from_t_dist = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/find_ibeta_inv_from_t_dist.js"(exports, module) {
    "use strict";
    var inverseStudentsT = require_inverse_students_t();
    function findIBetaInvFromTDist(a, p, py) {
      var df;
      var u;
      var v;
      var t;
      u = p / 2;
      v = 1 - u;
      df = a * 2;
      t = inverseStudentsT(df, u, v);
      if (py) {
        py.value = t * t / (df + t * t);
      }
      return df / (df + t * t);
    }
    module.exports = findIBetaInvFromTDist;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme1.js
var require_temme1 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme1.js"(exports, module) {
    "use strict";
    var evalpoly = require_lib113();
    var erfcinv = require_lib130();
    var sqrt = require_lib54();
    var exp = require_lib51();
    var SQRT2 = require_lib132();
    var workspace = [0, 0, 0, 0, 0, 0, 0];
    var terms = [0, 0, 0, 0];
    function temme1(a, b, z) {
      var eta0;
      var eta2;
      var eta;
      var B2;
      var B3;
      var B;
      var c;
      eta0 = erfcinv(2 * z);
      eta0 /= -sqrt(a / 2);
      terms[0] = eta0;
      B = b - a;
      B2 = B * B;
      B3 = B2 * B;
      workspace[0] = -B * SQRT2 / 2;
      workspace[1] = (1 - 2 * B) / 8;
      workspace[2] = -(B * SQRT2 / 48);
      workspace[3] = -1 / 192;
      workspace[4] = -B * SQRT2 / 3840;
      workspace[5] = 0;
      workspace[6] = 0;
      terms[1] = evalpoly(workspace, eta0);
      workspace[0] = B * SQRT2 * (3 * B - 2) / 12;
      workspace[1] = (20 * B2 - 12 * B + 1) / 128;
      workspace[2] = B * SQRT2 * (20 * B - 1) / 960;
      workspace[3] = (16 * B2 + 30 * B - 15) / 4608;
      workspace[4] = B * SQRT2 * (21 * B + 32) / 53760;
      workspace[5] = (-(32 * B2) + 63) / 368640;
      workspace[6] = -B * SQRT2 * (120 * B + 17) / 25804480;
      terms[2] = evalpoly(workspace, eta0);
      workspace[0] = B * SQRT2 * (-75 * B2 + 80 * B - 16) / 480;
      workspace[1] = (-1080 * B3 + 868 * B2 - 90 * B - 45) / 9216;
      workspace[2] = B * SQRT2 * (-1190 * B2 + 84 * B + 373) / 53760;
      workspace[3] = (-2240 * B3 - 2508 * B2 + 2100 * B - 165) / 368640;
      workspace[4] = 0;
      workspace[5] = 0;
      workspace[6] = 0;
      terms[3] = evalpoly(workspace, eta0);
      eta = evalpoly(terms, 1 / a);
      eta2 = eta * eta;
      c = -exp(-eta2 / 2);
      if (eta2 === 0) {
        return 0.5;
      }
      return (1 + eta * sqrt((1 + c) / eta2)) / 2;
    }
    module.exports = temme1;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/root_finder.js
var require_root_finder = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/root_finder.js"(exports, module) {
    "use strict";
    var ln = require_lib59();
    var MAX_VALUE = require_lib83();
    var BIG = MAX_VALUE / 4;
    function temmeRootFinder(t, a) {
      return roots;
      function roots(x) {
        var f1;
        var f;
        var y;
        y = 1 - x;
        if (y === 0) {
          return [-BIG, -BIG];
        }
        if (x === 0) {
          return [-BIG, -BIG];
        }
        f = ln(x) + a * ln(y) + t;
        f1 = 1 / x - a / y;
        return [f, f1];
      }
    }
    module.exports = temmeRootFinder;
  }
});

// node_modules/@stdlib/math-base-special-signum/lib/main.js
var require_main94 = __commonJS({
  "node_modules/@stdlib/math-base-special-signum/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    function signum(x) {
      if (x === 0 || isnan(x)) {
        return x;
      }
      return x < 0 ? -1 : 1;
    }
    module.exports = signum;
  }
});

// node_modules/@stdlib/math-base-special-signum/lib/index.js
var require_lib133 = __commonJS({
  "node_modules/@stdlib/math-base-special-signum/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main94();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/newton_raphson.js
var require_newton_raphson = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/newton_raphson.js"(exports, module) {
    "use strict";
    var sign = require_lib133();
    var abs = require_lib46();
    var ldexp = require_lib50();
    var MAX_VALUE = require_lib83();
    function newtonRaphsonIterate(fun, guess, min, max, digits, maxIter) {
      var f0last;
      var delta1;
      var delta2;
      var factor;
      var result;
      var count;
      var delta;
      var res;
      var f0;
      var f1;
      f0 = 0;
      f0last = 0;
      result = guess;
      factor = ldexp(1, 1 - digits);
      delta = MAX_VALUE;
      delta1 = MAX_VALUE;
      delta2 = MAX_VALUE;
      count = maxIter;
      do {
        f0last = f0;
        delta2 = delta1;
        delta1 = delta;
        res = fun(result);
        f0 = res[0];
        f1 = res[1];
        count -= 1;
        if (f0 === 0) {
          break;
        }
        if (f1 === 0) {
          if (f0last === 0) {
            if (result === min) {
              guess = max;
            } else {
              guess = min;
            }
            f0last = fun(guess);
            delta = guess - result;
          }
          if (sign(f0last) * sign(f0) < 0) {
            if (delta < 0) {
              delta = (result - min) / 2;
            } else {
              delta = (result - max) / 2;
            }
          } else if (delta < 0) {
            delta = (result - max) / 2;
          } else {
            delta = (result - min) / 2;
          }
        } else {
          delta = f0 / f1;
        }
        if (abs(delta * 2) > abs(delta2)) {
          delta = delta > 0 ? (result - min) / 2 : (result - max) / 2;
        }
        guess = result;
        result -= delta;
        if (result <= min) {
          delta = 0.5 * (guess - min);
          result = guess - delta;
          if (result === min || result === max) {
            break;
          }
        } else if (result >= max) {
          delta = 0.5 * (guess - max);
          result = guess - delta;
          if (result === min || result === max) {
            break;
          }
        }
        if (delta > 0) {
          max = guess;
        } else {
          min = guess;
        }
      } while (count && abs(result * factor) < abs(delta));
      return result;
    }
    module.exports = newtonRaphsonIterate;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co1.js
var require_polyval_co1 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co1.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -1;
      }
      return -1 + x * (-5 + x * 5);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co2.js
var require_polyval_co2 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co2.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1;
      }
      return 1 + x * (21 + x * (-69 + x * 46));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co3.js
var require_polyval_co3 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co3.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 7;
      }
      return 7 + x * (-2 + x * (33 + x * (-62 + x * 31)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co4.js
var require_polyval_co4 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co4.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 25;
      }
      return 25 + x * (-52 + x * (-17 + x * (88 + x * (-115 + x * 46))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co5.js
var require_polyval_co5 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co5.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 7;
      }
      return 7 + x * (12 + x * (-78 + x * 52));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co6.js
var require_polyval_co6 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co6.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -7;
      }
      return -7 + x * (2 + x * (183 + x * (-370 + x * 185)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co7.js
var require_polyval_co7 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co7.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -533;
      }
      return -533 + x * (776 + x * (-1835 + x * (10240 + x * (-13525 + x * 5410))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co8.js
var require_polyval_co8 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co8.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -1579;
      }
      return -1579 + x * (3747 + x * (-3372 + x * (-15821 + x * (45588 + x * (-45213 + x * 15071)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co9.js
var require_polyval_co9 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co9.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 449;
      }
      return 449 + x * (-1259 + x * (-769 + x * (6686 + x * (-9260 + x * 3704))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co10.js
var require_polyval_co10 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co10.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 63149;
      }
      return 63149 + x * (-151557 + x * (140052 + x * (-727469 + x * (2239932 + x * (-2251437 + x * 750479)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co11.js
var require_polyval_co11 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co11.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 29233;
      }
      return 29233 + x * (-78755 + x * (105222 + x * (146879 + x * (-1602610 + x * (3195183 + x * (-2554139 + x * 729754))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co12.js
var require_polyval_co12 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co12.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1;
      }
      return 1 + x * (-13 + x * 13);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co13.js
var require_polyval_co13 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co13.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1;
      }
      return 1 + x * (21 + x * (-69 + x * 46));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme2.js
var require_temme2 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme2.js"(exports, module) {
    "use strict";
    var evalpoly = require_lib113();
    var erfcinv = require_lib130();
    var abs = require_lib46();
    var exp = require_lib51();
    var ln = require_lib59();
    var sqrt = require_lib54();
    var sin = require_lib94();
    var cos = require_lib103();
    var temmeRootFinder = require_root_finder();
    var newtonRaphsonIterate = require_newton_raphson();
    var polyval1 = require_polyval_co1();
    var polyval2 = require_polyval_co2();
    var polyval3 = require_polyval_co3();
    var polyval4 = require_polyval_co4();
    var polyval5 = require_polyval_co5();
    var polyval6 = require_polyval_co6();
    var polyval7 = require_polyval_co7();
    var polyval8 = require_polyval_co8();
    var polyval9 = require_polyval_co9();
    var polyval10 = require_polyval_co10();
    var polyval11 = require_polyval_co11();
    var polyval12 = require_polyval_co12();
    var polyval13 = require_polyval_co13();
    var workspace = [0, 0, 0, 0, 0, 0];
    var terms = [0, 0, 0, 0];
    function temme2(z, r, theta) {
      var upper;
      var lower;
      var alpha;
      var roots;
      var eta0;
      var eta;
      var sc7;
      var sc6;
      var sc5;
      var sc4;
      var sc3;
      var sc2;
      var sc;
      var lu;
      var s2;
      var c2;
      var c;
      var s;
      var u;
      var x;
      eta0 = erfcinv(2 * z) / -sqrt(r / 2);
      s = sin(theta);
      c = cos(theta);
      terms[0] = eta0;
      s2 = s * s;
      c2 = c * c;
      sc = s * c;
      sc2 = sc * sc;
      sc3 = sc2 * sc;
      sc4 = sc2 * sc2;
      sc5 = sc2 * sc3;
      sc6 = sc3 * sc3;
      sc7 = sc4 * sc3;
      workspace[0] = (2 * s2 - 1) / (3 * sc);
      workspace[1] = -polyval1(s2) / (36 * sc2);
      workspace[2] = polyval2(s2) / (1620 * sc3);
      workspace[3] = polyval3(s2) / (6480 * sc4);
      workspace[4] = polyval4(s2) / (90720 * sc5);
      workspace[5] = 0;
      terms[1] = evalpoly(workspace, eta0);
      workspace[0] = -polyval5(s2) / (405 * sc3);
      workspace[1] = polyval6(s2) / (2592 * sc4);
      workspace[2] = -polyval7(s2) / (204120 * sc5);
      workspace[3] = -polyval8(s2) / (2099520 * sc6);
      workspace[4] = 0;
      workspace[5] = 0;
      terms[2] = evalpoly(workspace, eta0);
      workspace[0] = polyval9(s2) / (102060 * sc5);
      workspace[1] = -polyval10(s2) / (20995200 * sc6);
      workspace[2] = polyval11(s2) / (36741600 * sc7);
      workspace[3] = 0;
      workspace[4] = 0;
      workspace[5] = 0;
      terms[3] = evalpoly(workspace, eta0);
      eta = evalpoly(terms, 1 / r);
      alpha = c / s;
      alpha *= alpha;
      lu = -(eta * eta) / (2 * s2) + ln(s2) + c2 * ln(c2) / s2;
      if (abs(eta) < 0.7) {
        workspace[0] = s2;
        workspace[1] = sc;
        workspace[2] = (1 - 2 * s2) / 3;
        workspace[3] = polyval12(s2) / (36 * sc);
        workspace[4] = polyval13(s2) / (270 * sc2);
        workspace[5] = 0;
        x = evalpoly(workspace, eta);
      } else {
        u = exp(lu);
        workspace[0] = u;
        workspace[1] = alpha;
        workspace[2] = 0;
        workspace[3] = 3 * alpha * (3 * alpha + 1) / 6;
        workspace[4] = 4 * alpha * (4 * alpha + 1) * (4 * alpha + 2) / 24;
        workspace[5] = 5 * alpha * (5 * alpha + 1) * (5 * alpha + 2) * (5 * alpha + 3) / 120;
        x = evalpoly(workspace, u);
        if ((x - s2) * eta < 0) {
          x = 1 - x;
        }
      }
      if (eta < 0) {
        lower = 0;
        upper = s2;
      } else {
        lower = s2;
        upper = 1;
      }
      if (x < lower || x > upper) {
        x = (lower + upper) / 2;
      }
      roots = temmeRootFinder(-lu, alpha);
      x = newtonRaphsonIterate(roots, x, lower, upper, 32, 100);
      return x;
    }
    module.exports = temme2;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isNaN(val) === false) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^((?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      if (ms >= d) {
        return Math.round(ms / d) + "d";
      }
      if (ms >= h) {
        return Math.round(ms / h) + "h";
      }
      if (ms >= m) {
        return Math.round(ms / m) + "m";
      }
      if (ms >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      return plural(ms, d, "day") || plural(ms, h, "hour") || plural(ms, m, "minute") || plural(ms, s, "second") || ms + " ms";
    }
    function plural(ms, n, name) {
      if (ms < n) {
        return;
      }
      if (ms < n * 1.5) {
        return Math.floor(ms / n) + " " + name;
      }
      return Math.ceil(ms / n) + " " + name + "s";
    }
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/node_modules/debug/src/debug.js
var require_debug = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/node_modules/debug/src/debug.js"(exports, module) {
    exports = module.exports = createDebug.debug = createDebug["default"] = createDebug;
    exports.coerce = coerce;
    exports.disable = disable;
    exports.enable = enable;
    exports.enabled = enabled;
    exports.humanize = require_ms();
    exports.names = [];
    exports.skips = [];
    exports.formatters = {};
    var prevTime;
    function selectColor(namespace) {
      var hash = 0, i;
      for (i in namespace) {
        hash = (hash << 5) - hash + namespace.charCodeAt(i);
        hash |= 0;
      }
      return exports.colors[Math.abs(hash) % exports.colors.length];
    }
    function createDebug(namespace) {
      function debug() {
        if (!debug.enabled) return;
        var self = debug;
        var curr = +/* @__PURE__ */ new Date();
        var ms = curr - (prevTime || curr);
        self.diff = ms;
        self.prev = prevTime;
        self.curr = curr;
        prevTime = curr;
        var args = new Array(arguments.length);
        for (var i = 0; i < args.length; i++) {
          args[i] = arguments[i];
        }
        args[0] = exports.coerce(args[0]);
        if ("string" !== typeof args[0]) {
          args.unshift("%O");
        }
        var index = 0;
        args[0] = args[0].replace(/%([a-zA-Z%])/g, function(match, format) {
          if (match === "%%") return match;
          index++;
          var formatter = exports.formatters[format];
          if ("function" === typeof formatter) {
            var val = args[index];
            match = formatter.call(self, val);
            args.splice(index, 1);
            index--;
          }
          return match;
        });
        exports.formatArgs.call(self, args);
        var logFn = debug.log || exports.log || console.log.bind(console);
        logFn.apply(self, args);
      }
      debug.namespace = namespace;
      debug.enabled = exports.enabled(namespace);
      debug.useColors = exports.useColors();
      debug.color = selectColor(namespace);
      if ("function" === typeof exports.init) {
        exports.init(debug);
      }
      return debug;
    }
    function enable(namespaces) {
      exports.save(namespaces);
      exports.names = [];
      exports.skips = [];
      var split = (typeof namespaces === "string" ? namespaces : "").split(/[\s,]+/);
      var len = split.length;
      for (var i = 0; i < len; i++) {
        if (!split[i]) continue;
        namespaces = split[i].replace(/\*/g, ".*?");
        if (namespaces[0] === "-") {
          exports.skips.push(new RegExp("^" + namespaces.substr(1) + "$"));
        } else {
          exports.names.push(new RegExp("^" + namespaces + "$"));
        }
      }
    }
    function disable() {
      exports.enable("");
    }
    function enabled(name) {
      var i, len;
      for (i = 0, len = exports.skips.length; i < len; i++) {
        if (exports.skips[i].test(name)) {
          return false;
        }
      }
      for (i = 0, len = exports.names.length; i < len; i++) {
        if (exports.names[i].test(name)) {
          return true;
        }
      }
      return false;
    }
    function coerce(val) {
      if (val instanceof Error) return val.stack || val.message;
      return val;
    }
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/node_modules/debug/src/browser.js"(exports, module) {
    exports = module.exports = require_debug();
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = "undefined" != typeof chrome && "undefined" != typeof chrome.storage ? chrome.storage.local : localstorage();
    exports.colors = [
      "lightseagreen",
      "forestgreen",
      "goldenrod",
      "dodgerblue",
      "darkorchid",
      "crimson"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && window.process.type === "renderer") {
        return true;
      }
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/) && parseInt(RegExp.$1, 10) >= 31 || // double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    exports.formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (err) {
        return "[UnexpectedJSONParseError]: " + err.message;
      }
    };
    function formatArgs(args) {
      var useColors2 = this.useColors;
      args[0] = (useColors2 ? "%c" : "") + this.namespace + (useColors2 ? " %c" : " ") + args[0] + (useColors2 ? "%c " : " ") + "+" + exports.humanize(this.diff);
      if (!useColors2) return;
      var c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      var index = 0;
      var lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, function(match) {
        if ("%%" === match) return;
        index++;
        if ("%c" === match) {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    function log() {
      return "object" === typeof console && console.log && Function.prototype.apply.call(console.log, console, arguments);
    }
    function save(namespaces) {
      try {
        if (null == namespaces) {
          exports.storage.removeItem("debug");
        } else {
          exports.storage.debug = namespaces;
        }
      } catch (e) {
      }
    }
    function load() {
      var r;
      try {
        r = exports.storage.debug;
      } catch (e) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    exports.enable(load());
    function localstorage() {
      try {
        return window.localStorage;
      } catch (e) {
      }
    }
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports = module.exports = require_debug();
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.colors = [6, 2, 3, 4, 5, 1];
    exports.inspectOpts = Object.keys(process.env).filter(function(key) {
      return /^debug_/i.test(key);
    }).reduce(function(obj, key) {
      var prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, function(_, k) {
        return k.toUpperCase();
      });
      var val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) val = true;
      else if (/^(no|off|false|disabled)$/i.test(val)) val = false;
      else if (val === "null") val = null;
      else val = Number(val);
      obj[prop] = val;
      return obj;
    }, {});
    var fd = parseInt(process.env.DEBUG_FD, 10) || 2;
    if (1 !== fd && 2 !== fd) {
      util.deprecate(function() {
      }, "except for stderr(2) and stdout(1), any other usage of DEBUG_FD is deprecated. Override debug.log if you want to use a different log function (https://git.io/debug_fd)")();
    }
    var stream = 1 === fd ? process.stdout : 2 === fd ? process.stderr : createWritableStdioStream(fd);
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(fd);
    }
    exports.formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map(function(str) {
        return str.trim();
      }).join(" ");
    };
    exports.formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
    function formatArgs(args) {
      var name = this.namespace;
      var useColors2 = this.useColors;
      if (useColors2) {
        var c = this.color;
        var prefix = "  \x1B[3" + c + ";1m" + name + " \x1B[0m";
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push("\x1B[3" + c + "m+" + exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = (/* @__PURE__ */ new Date()).toUTCString() + " " + name + " " + args[0];
      }
    }
    function log() {
      return stream.write(util.format.apply(util, arguments) + "\n");
    }
    function save(namespaces) {
      if (null == namespaces) {
        delete process.env.DEBUG;
      } else {
        process.env.DEBUG = namespaces;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function createWritableStdioStream(fd2) {
      var stream2;
      var tty_wrap = process.binding("tty_wrap");
      switch (tty_wrap.guessHandleType(fd2)) {
        case "TTY":
          stream2 = new tty.WriteStream(fd2);
          stream2._type = "tty";
          if (stream2._handle && stream2._handle.unref) {
            stream2._handle.unref();
          }
          break;
        case "FILE":
          var fs = __require("fs");
          stream2 = new fs.SyncWriteStream(fd2, { autoClose: false });
          stream2._type = "fs";
          break;
        case "PIPE":
        case "TCP":
          var net = __require("net");
          stream2 = new net.Socket({
            fd: fd2,
            readable: false,
            writable: true
          });
          stream2.readable = false;
          stream2.read = null;
          stream2._type = "pipe";
          if (stream2._handle && stream2._handle.unref) {
            stream2._handle.unref();
          }
          break;
        default:
          throw new Error("Implement me. Unknown stream file type!");
      }
      stream2.fd = fd2;
      stream2._isStdio = true;
      return stream2;
    }
    function init(debug) {
      debug.inspectOpts = {};
      var keys = Object.keys(exports.inspectOpts);
      for (var i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    exports.enable(load());
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/node_modules/debug/src/index.js"(exports, module) {
    if (typeof process !== "undefined" && process.type === "renderer") {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@stdlib/constants-float32-max/lib/index.js
var require_lib134 = __commonJS({
  "node_modules/@stdlib/constants-float32-max/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT32_MAX = 34028234663852886e22;
    module.exports = FLOAT32_MAX;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/higher_newton.js
var require_higher_newton = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/higher_newton.js"(exports, module) {
    "use strict";
    var logger = require_src();
    var gammainc = require_lib121();
    var abs = require_lib46();
    var exp = require_lib51();
    var ln = require_lib59();
    var MAX_FLOAT32 = require_lib134();
    var debug = logger("gammaincinv:higher_newton");
    function higherNewton(x0, a, m, p, q, lgama, invfp, pcase) {
      var dlnr;
      var xini;
      var ck0;
      var ck1;
      var ck2;
      var a2;
      var x2;
      var px;
      var qx;
      var xr;
      var t;
      var n;
      var r;
      var x;
      x = x0;
      t = 1;
      n = 1;
      a2 = a * a;
      xini = x0;
      do {
        x = x0;
        x2 = x * x;
        if (m === 0) {
          dlnr = (1 - a) * ln(x) + x + lgama;
          if (dlnr > ln(MAX_FLOAT32)) {
            debug("Warning: overflow problems in one or more steps of the computation. The initial approximation to the root is returned.");
            return xini;
          }
          r = exp(dlnr);
        } else {
          r = -invfp * x;
        }
        if (pcase) {
          px = gammainc(x, a, true, false);
          ck0 = -r * (px - p);
        } else {
          qx = gammainc(x, a, true, true);
          ck0 = r * (qx - q);
        }
        r = ck0;
        if (p > 1e-120 || n > 1) {
          ck1 = 0.5 * (x - a + 1) / x;
          ck2 = (2 * x2 - 4 * x * a + 4 * x + 2 * a2 - 3 * a + 1) / x2;
          ck2 /= 6;
          x0 = x + r * (1 + r * (ck1 + r * ck2));
        } else {
          x0 = x + r;
        }
        t = abs(x / x0 - 1);
        n += 1;
        x = x0;
        if (x < 0) {
          x = xini;
          n = 100;
        }
      } while (t > 2e-14 && n < 35);
      if (t > 2e-14 || n > 99) {
        debug("Warning: the number of iterations in the Newton method reached the upper limit N=35. The last value obtained for the root is given as output.");
      }
      xr = x || 0;
      return xr;
    }
    module.exports = higherNewton;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_ak1.js
var require_polyval_ak1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_ak1.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0;
      }
      return 0 + x * (1 + x * (1 + x * (1.5 + x * (2.6666666666666665 + x * (5.208333333333333 + x * 10.8)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_ak2.js
var require_polyval_ak2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_ak2.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1;
      }
      return 1 + x * (1 + x * (0.3333333333333333 + x * (0.027777777777777776 + x * (-0.003703703703703704 + x * (2314814814814815e-19 + x * 5878894767783657e-20)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/lambdaeta.js
var require_lambdaeta = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/lambdaeta.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var exp = require_lib51();
    var ln = require_lib59();
    var evalpoly = require_lib113();
    var polyvalAK1 = require_polyval_ak1();
    var polyvalAK2 = require_polyval_ak2();
    var THRESHOLD = 1e-8;
    var ONEO12 = 0.08333333333333333;
    var ONEO120 = 0.008333333333333333;
    var AK = [1, 0, 0, 0, 0, 0];
    function lambdaeta(eta) {
      var L2;
      var L3;
      var L4;
      var L5;
      var la;
      var L;
      var q;
      var r;
      var s;
      s = eta * eta * 0.5;
      if (eta === 0) {
        la = 0;
      } else if (eta < -1) {
        r = exp(-1 - s);
        la = polyvalAK1(r);
      } else if (eta < 1) {
        r = eta;
        la = polyvalAK2(r);
      } else {
        r = 11 + s;
        L = ln(r);
        la = r + L;
        r = 1 / r;
        L2 = L * L;
        L3 = L2 * L;
        L4 = L3 * L;
        L5 = L4 * L;
        AK[1] = (2 - L) * 0.5;
        AK[2] = (-9 * L + 6 + 2 * L2) / 6;
        AK[3] = -(3 * L3 + 36 * L - 22 * L2 - 12) * ONEO12;
        AK[4] = (60 + 350 * L2 - 300 * L - 125 * L3 + 12 * L4) / 60;
        AK[5] = -(-120 - 274 * L4 + 900 * L - 1700 * L2 + 1125 * L3 + 20 * L5) * ONEO120;
        la += L * r * evalpoly(AK, r);
      }
      r = 1;
      if (eta > -3.5 && eta < -0.03 || eta > 0.03 && eta < 40) {
        r = 1;
        q = la;
        do {
          la = q * (s + ln(q)) / (q - 1);
          r = abs(q / la - 1);
          q = la;
        } while (r > THRESHOLD);
      }
      return la;
    }
    module.exports = lambdaeta;
  }
});

// node_modules/@stdlib/constants-float64-ln-sqrt-two-pi/lib/index.js
var require_lib135 = __commonJS({
  "node_modules/@stdlib/constants-float64-ln-sqrt-two-pi/lib/index.js"(exports, module) {
    "use strict";
    var LN_SQRT_TWO_PI = 0.9189385332046728;
    module.exports = LN_SQRT_TWO_PI;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/chepolsum.js
var require_chepolsum = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/chepolsum.js"(exports, module) {
    "use strict";
    var A = [
      1.9963790515900766,
      -0.0017971032528832887,
      13129285796384672e-21,
      -2340875228178749e-22,
      72291210671127e-22,
      -3280997607821e-22,
      19875070901e-21,
      -1509214183e-21,
      1375340084e-22,
      -145728923e-22,
      17532367e-22,
      -2351465e-22,
      346551e-22,
      -55471e-22,
      9548e-22,
      -1748e-22,
      332e-22,
      -58e-22
    ];
    function chepolsum(n, t) {
      var tt;
      var u0;
      var u1;
      var u2;
      var k;
      u0 = 0;
      u1 = 0;
      tt = t + t;
      k = n;
      do {
        u2 = u1;
        u1 = u0;
        u0 = tt * u1 - u2 + A[k];
        k -= 1;
      } while (k >= 0);
      return (u0 - u2) / 2;
    }
    module.exports = chepolsum;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_c.js
var require_polyval_c = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_c.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.025721014990011306;
      }
      return 0.025721014990011306 + x * (0.08247596616699963 + x * (-0.0025328157302663564 + x * (6099292666946337e-19 + x * (-33543297638406e-17 + x * 250505279903e-15))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_d.js
var require_polyval_d = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_d.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.08333333333333333;
      }
      return 0.08333333333333333 + x * (-0.002777777777777778 + x * (7936507936507937e-19 + x * -5952380952380953e-19));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/stirling.js
var require_stirling = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/stirling.js"(exports, module) {
    "use strict";
    var gammaln = require_lib105();
    var ln = require_lib59();
    var LN_SQRT_TWO_PI = require_lib135();
    var SMALLEST_FLOAT32 = require_lib119();
    var MAX_FLOAT32 = require_lib134();
    var chepolsum = require_chepolsum();
    var polyvalC = require_polyval_c();
    var polyvalD = require_polyval_d();
    var C6 = 0.30865217988013566;
    function stirling(x) {
      var z;
      if (x < SMALLEST_FLOAT32) {
        return MAX_FLOAT32;
      }
      if (x < 1) {
        return gammaln(x + 1) - (x + 0.5) * ln(x) + x - LN_SQRT_TWO_PI;
      }
      if (x < 2) {
        return gammaln(x) - (x - 0.5) * ln(x) + x - LN_SQRT_TWO_PI;
      }
      if (x < 3) {
        return gammaln(x - 1) - (x - 0.5) * ln(x) + x - LN_SQRT_TWO_PI + ln(x - 1);
      }
      if (x < 12) {
        z = 18 / (x * x) - 1;
        return chepolsum(17, z) / (12 * x);
      }
      z = 1 / (x * x);
      if (x < 1e3) {
        return polyvalC(z) / (C6 + z) / x;
      }
      return polyvalD(z) / x;
    }
    module.exports = stirling;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/gamstar.js
var require_gamstar = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/gamstar.js"(exports, module) {
    "use strict";
    var exp = require_lib51();
    var gamma = require_lib97();
    var ln = require_lib59();
    var FLOAT32_MAX = require_lib134();
    var SQRT_TWO_PI = require_lib95();
    var stirling = require_stirling();
    function gamstar(x) {
      if (x >= 3) {
        return exp(stirling(x));
      }
      if (x > 0) {
        return gamma(x) / (exp(-x + (x - 0.5) * ln(x)) * SQRT_TWO_PI);
      }
      return FLOAT32_MAX;
    }
    module.exports = gamstar;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak0bk0.js
var require_rational_ak0bk0 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak0bk0.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.3333333333438;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.3333333333438 + x * (-0.2070740359969 + x * (-0.05041806657154 + x * (-0.004923635739372 + x * -4293658292782e-17)));
        s2 = 1 + x * (0.7045554412463 + x * (0.2118190062224 + x * (0.03048648397436 + x * 0.001605037988091)));
      } else {
        x = 1 / x;
        s1 = -4293658292782e-17 + x * (-0.004923635739372 + x * (-0.05041806657154 + x * (-0.2070740359969 + x * -0.3333333333438)));
        s2 = 0.001605037988091 + x * (0.03048648397436 + x * (0.2118190062224 + x * (0.7045554412463 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/eps1.js
var require_eps1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/eps1.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var ln = require_lib59();
    var lambdaeta = require_lambdaeta();
    var rateval = require_rational_ak0bk0();
    function eps1(eta) {
      var la;
      if (abs(eta) < 1) {
        return rateval(eta);
      }
      la = lambdaeta(eta);
      return ln(eta / (la - 1)) / eta;
    }
    module.exports = eps1;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak1bk1.js
var require_rational_ak1bk1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak1bk1.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0172847633523;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0172847633523 + x * (-0.0159372646475 + x * (-0.00464910887221 + x * (-60683488776e-14 + x * -614830384279e-17)));
        s2 = 1 + x * (0.764050615669 + x * (0.297143406325 + x * (0.0579490176079 + x * 0.00574558524851)));
      } else {
        x = 1 / x;
        s1 = -614830384279e-17 + x * (-60683488776e-14 + x * (-0.00464910887221 + x * (-0.0159372646475 + x * -0.0172847633523)));
        s2 = 0.00574558524851 + x * (0.0579490176079 + x * (0.297143406325 + x * (0.764050615669 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak2bk2.js
var require_rational_ak2bk2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak2bk2.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0172839517431;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0172839517431 + x * (-0.0146362417966 + x * (-0.00357406772616 + x * (-391032032692e-15 + x * 249634036069e-17)));
        s2 = 1 + x * (0.690560400696 + x * (0.249962384741 + x * (0.0443843438769 + x * 0.00424073217211)));
      } else {
        x = 1 / x;
        s1 = 249634036069e-17 + x * (-391032032692e-15 + x * (-0.00357406772616 + x * (-0.0146362417966 + x * -0.0172839517431)));
        s2 = 0.00424073217211 + x * (0.0443843438769 + x * (0.249962384741 + x * (0.690560400696 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak3bk3.js
var require_rational_ak3bk3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak3bk3.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.99994466948;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.99994466948 + x * (104.649839762 + x * (857.204033806 + x * (731.901559577 + x * 45.5174411671)));
        s2 = 1 + x * (104.526456943 + x * (823.313447808 + x * (3119.93802124 + x * 3970.03311219)));
      } else {
        x = 1 / x;
        s1 = 45.5174411671 + x * (731.901559577 + x * (857.204033806 + x * (104.649839762 + x * 0.99994466948)));
        s2 = 3970.03311219 + x * (3119.93802124 + x * (823.313447808 + x * (104.526456943 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/eps2.js
var require_eps2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/eps2.js"(exports, module) {
    "use strict";
    var ln = require_lib59();
    var rateval1 = require_rational_ak1bk1();
    var rateval2 = require_rational_ak2bk2();
    var rateval3 = require_rational_ak3bk3();
    function eps2(eta) {
      var lnmeta;
      var x;
      if (eta < -5) {
        x = eta * eta;
        lnmeta = ln(-eta);
        return (12 - x - 6 * (lnmeta * lnmeta)) / (12 * x * eta);
      }
      if (eta < -2) {
        return rateval1(eta);
      }
      if (eta < 2) {
        return rateval2(eta);
      }
      if (eta < 1e3) {
        x = 1 / eta;
        return rateval3(eta) / (-12 * eta);
      }
      return -1 / (12 * eta);
    }
    module.exports = eps2;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak4bk4.js
var require_rational_ak4bk4 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak4bk4.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.0495346498136;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.0495346498136 + x * (0.0299521337141 + x * (0.00688296911516 + x * (512634846317e-15 + x * -201411722031e-16)));
        s2 = 1 + x * (0.759803615283 + x * (0.261547111595 + x * (0.0464854522477 + x * 0.00403751193496)));
      } else {
        x = 1 / x;
        s1 = -201411722031e-16 + x * (512634846317e-15 + x * (0.00688296911516 + x * (0.0299521337141 + x * 0.0495346498136)));
        s2 = 0.00403751193496 + x * (0.0464854522477 + x * (0.261547111595 + x * (0.759803615283 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak5bk5.js
var require_rational_ak5bk5 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak5bk5.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.00452313583942;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.00452313583942 + x * (0.00120744920113 + x * (-789724156582e-16 + x * (-504476066942e-16 + x * -535770949796e-17)));
        s2 = 1 + x * (0.912203410349 + x * (0.405368773071 + x * (0.0901638932349 + x * 0.00948935714996)));
      } else {
        x = 1 / x;
        s1 = -535770949796e-17 + x * (-504476066942e-16 + x * (-789724156582e-16 + x * (0.00120744920113 + x * 0.00452313583942)));
        s2 = 0.00948935714996 + x * (0.0901638932349 + x * (0.405368773071 + x * (0.912203410349 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak6bk6.js
var require_rational_ak6bk6 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak6bk6.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.00439937562904;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.00439937562904 + x * (487225670639e-15 + x * (-128470657374e-15 + x * (529110969589e-17 + x * 15716677175e-17)));
        s2 = 1 + x * (0.794435257415 + x * (0.333094721709 + x * (0.0703527806143 + x * 0.00806110846078)));
      } else {
        x = 1 / x;
        s1 = 15716677175e-17 + x * (529110969589e-17 + x * (-128470657374e-15 + x * (487225670639e-15 + x * 0.00439937562904)));
        s2 = 0.00806110846078 + x * (0.0703527806143 + x * (0.333094721709 + x * (0.794435257415 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak7bk7.js
var require_rational_ak7bk7 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak7bk7.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0011481191232;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0011481191232 + x * (-0.112850923276 + x * (1.51623048511 + x * (-0.218472031183 + x * 0.0730002451555)));
        s2 = 1 + x * (14.2482206905 + x * (69.7360396285 + x * (218.938950816 + x * 277.067027185)));
      } else {
        x = 1 / x;
        s1 = 0.0730002451555 + x * (-0.218472031183 + x * (1.51623048511 + x * (-0.112850923276 + x * -0.0011481191232)));
        s2 = 277.067027185 + x * (218.938950816 + x * (69.7360396285 + x * (14.2482206905 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak8bk8.js
var require_rational_ak8bk8 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak8bk8.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -145727889667e-15;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -145727889667e-15 + x * (-0.290806748131 + x * (-13.308504545 + x * (199.722374056 + x * -11.4311378756)));
        s2 = 1 + x * (139.612587808 + x * (2189.01116348 + x * (7115.24019009 + x * 45574.6081453)));
      } else {
        x = 1 / x;
        s1 = -11.4311378756 + x * (199.722374056 + x * (-13.308504545 + x * (-0.290806748131 + x * -145727889667e-15)));
        s2 = 45574.6081453 + x * (7115.24019009 + x * (2189.01116348 + x * (139.612587808 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/eps3.js
var require_eps3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/eps3.js"(exports, module) {
    "use strict";
    var ln = require_lib59();
    var rational1 = require_rational_ak4bk4();
    var rational2 = require_rational_ak5bk5();
    var rational3 = require_rational_ak6bk6();
    var rational4 = require_rational_ak7bk7();
    var rational5 = require_rational_ak8bk8();
    function eps3(eta) {
      var x;
      var y;
      if (eta < -8) {
        x = eta * eta;
        y = ln(-eta) / eta;
        return (-30 + eta * y * (6 * x * y * y - 12 + x)) / (12 * eta * x * x);
      }
      if (eta < -4) {
        return rational1(eta) / (eta * eta);
      }
      if (eta < -2) {
        return rational2(eta);
      }
      if (eta < 2) {
        return rational3(eta);
      }
      if (eta < 10) {
        x = 1 / eta;
        return rational4(x) / (eta * eta);
      }
      if (eta < 100) {
        x = 1 / eta;
        return rational5(x) / (eta * eta);
      }
      return -ln(eta) / (12 * eta * eta * eta);
    }
    module.exports = eps3;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/compute.js
var require_compute = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/compute.js"(exports, module) {
    "use strict";
    var logger = require_src();
    var evalpoly = require_lib113();
    var gammaln = require_lib105();
    var erfcinv = require_lib130();
    var gamma = require_lib97();
    var sqrt = require_lib54();
    var abs = require_lib46();
    var exp = require_lib51();
    var min = require_lib82();
    var pow = require_lib75();
    var ln = require_lib59();
    var SQRT_TWO_PI = require_lib95();
    var MAX_FLOAT32 = require_lib134();
    var TWO_PI = require_lib115();
    var higherNewton = require_higher_newton();
    var lambdaeta = require_lambdaeta();
    var gamstar = require_gamstar();
    var eps1 = require_eps1();
    var eps2 = require_eps2();
    var eps3 = require_eps3();
    var debug = logger("gammaincinv:compute");
    var HALF = 0.5;
    var ONEO3 = 0.3333333333333333;
    var ONEO4 = 0.25;
    var ONEO5 = 0.2;
    var ONEO6 = 0.16666666666666666;
    var ONEO12 = 0.08333333333333333;
    var ONEO24 = 0.041666666666666664;
    var CK = [0, 0, 0, 0, 0];
    function compute(a, p, q) {
      var ap1inv;
      var invfp;
      var lgama;
      var pcase;
      var porq;
      var ainv;
      var logr;
      var ap22;
      var ap14;
      var ap13;
      var ap12;
      var vgam;
      var vmin;
      var xini;
      var ap1;
      var ap2;
      var ap3;
      var eta;
      var p6;
      var p5;
      var x0;
      var a2;
      var L2;
      var L3;
      var L4;
      var b2;
      var b3;
      var p3;
      var a4;
      var fp;
      var p4;
      var p2;
      var a3;
      var xr;
      var ck;
      var b;
      var L;
      var i;
      var k;
      var m;
      var r;
      var s;
      var t;
      var y;
      if (p < HALF) {
        pcase = true;
        porq = p;
        s = -1;
      } else {
        pcase = false;
        porq = q;
        s = 1;
      }
      k = 0;
      if (abs(a - 1) < 1e-4) {
        m = 0;
        if (pcase) {
          if (p < 1e-3) {
            p2 = p * p;
            p3 = p2 * p;
            p4 = p3 * p;
            p5 = p4 * p;
            p6 = p5 * p;
            x0 = p + p2 * HALF + p3 * ONEO3 + p4 * ONEO4 + p5 * ONEO5 + p6 * ONEO6;
          } else {
            x0 = -ln(1 - p);
          }
        } else {
          x0 = -ln(q);
        }
        if (a === 1) {
          k = 2;
          xr = x0;
        } else {
          lgama = gammaln(a);
          k = 1;
        }
      }
      if (q < 1e-30 && a < HALF) {
        m = 0;
        x0 = -ln(q * gamma(a)) + (a - 1) * ln(-ln(q * gamma(a)));
        k = 1;
        lgama = gammaln(a);
      }
      if (a > 1 && a < 500 && p < 1e-80) {
        m = 0;
        ainv = 1 / a;
        ap1inv = 1 / (a + 1);
        x0 = (gammaln(a + 1) + ln(p)) * ainv;
        x0 = exp(x0);
        xini = x0;
        for (i = 0; i < 10; i++) {
          x0 = xini * exp(x0 * ainv) * pow(1 - x0 * ap1inv, ainv);
        }
        k = 1;
        lgama = gammaln(a);
      }
      logr = 1 / a * (ln(p) + gammaln(a + 1));
      if (logr < ln(ONEO5 * (1 + a)) && k === 0) {
        r = exp(logr);
        m = 0;
        a2 = a * a;
        a3 = a2 * a;
        a4 = a3 * a;
        ap1 = a + 1;
        ap12 = ap1 * ap1;
        ap13 = ap1 * ap12;
        ap14 = ap12 * ap12;
        ap2 = a + 2;
        ap22 = ap2 * ap2;
        ap3 = a + 3;
        CK[0] = 1;
        CK[1] = 1 / ap1;
        CK[2] = HALF * (3 * a + 5) / (ap12 * ap2);
        CK[3] = ONEO3 * (31 + 8 * a2 + 33 * a) / (ap13 * ap2 * ap3);
        CK[4] = ONEO24 * (2888 + 1179 * a3 + 125 * a4 + 3971 * a2 + 5661 * a) / (ap14 * ap22 * ap3 * (a + 4));
        x0 = r * evalpoly(CK, r);
        lgama = gammaln(a);
        k = 1;
      }
      if (a < 10 && k === 0) {
        vgam = sqrt(a) / (gamstar(a) * SQRT_TWO_PI);
        vmin = min(0.02, vgam);
        if (q < vmin) {
          m = 0;
          b = 1 - a;
          b2 = b * b;
          b3 = b2 * b;
          eta = sqrt(-2 / a * ln(q / vgam));
          x0 = a * lambdaeta(eta);
          L = ln(x0);
          if (x0 > 5) {
            L2 = L * L;
            L3 = L2 * L;
            L4 = L3 * L;
            r = 1 / x0;
            CK[0] = L - 1;
            CK[1] = (3 * b - 2 * b * L + L2 - 2 * L + 2) * HALF;
            CK[2] = (24 * b * L - 11 * b2 - 24 * b - 6 * L2 + 12 * L - 12 - 9 * b * L2 + 6 * b2 * L + 2 * L3) * ONEO6;
            CK[3] = (-12 * b3 * L + 8.04 * b * L2 - 114 * b2 * L + (72 + 36 * L2) + (3 * L4 - 72 * L + 162) * (b - 168 * b * L) - (12 * L3 + 25 * b3) - (22 * b * L3 + 36 * b2 * L2 + 120 * b2)) * ONEO12;
            CK[4] = 0;
            x0 = x0 - L + b * r * evalpoly(CK, r);
          } else {
            r = 1 / x0;
            L2 = L * L;
            ck = L - 1;
            t = L - b * r * ck;
            if (t < x0) {
              x0 -= t;
            }
          }
          lgama = gammaln(a);
          k = 1;
        }
      }
      if (abs(porq - HALF) < 1e-5 && k === 0) {
        m = 0;
        ainv = 1 / a;
        x0 = a - ONEO3 + (0.019753086419753086 + 0.007211444248481286 * ainv) * ainv;
        lgama = gammaln(a);
        k = 1;
      }
      if (a < 1 && k === 0) {
        m = 0;
        if (pcase) {
          x0 = exp(1 / a * (ln(porq) + gammaln(a + 1)));
        } else {
          x0 = exp(1 / a * (ln(1 - porq) + gammaln(a + 1)));
        }
        lgama = gammaln(a);
        k = 1;
      }
      if (k === 0) {
        m = 1;
        ainv = 1 / a;
        r = erfcinv(2 * porq);
        eta = s * r / sqrt(a * HALF);
        if (r < MAX_FLOAT32) {
          eta += (eps1(eta) + (eps2(eta) + eps3(eta) * ainv) * ainv) * ainv;
          x0 = a * lambdaeta(eta);
          y = eta;
          fp = -sqrt(a / TWO_PI) * exp(-HALF * a * y * y) / gamstar(a);
          invfp = 1 / fp;
        } else {
          debug("Warning: Overflow problems in one or more steps of the computation.");
          return NaN;
        }
      }
      if (k < 2) {
        xr = higherNewton(x0, a, m, p, q, lgama, invfp, pcase);
      }
      return xr;
    }
    module.exports = compute;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/main.js
var require_main95 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var FLOAT32_SMALLEST = require_lib119();
    var PINF = require_lib12();
    var compute = require_compute();
    function gammaincinv(p, a, upper) {
      if (isnan(p) || isnan(a)) {
        return NaN;
      }
      if (a < FLOAT32_SMALLEST) {
        return NaN;
      }
      if (p > 1 || p < 0) {
        return NaN;
      }
      if (upper === true) {
        if (p === 0) {
          return PINF;
        }
        if (p === 1) {
          return 0;
        }
        return compute(a, 1 - p, p);
      }
      if (p === 0) {
        return 0;
      }
      if (p === 1) {
        return PINF;
      }
      return compute(a, p, 1 - p);
    }
    module.exports = gammaincinv;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/index.js
var require_lib136 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main95();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-smallest-subnormal/lib/index.js
var require_lib137 = __commonJS({
  "node_modules/@stdlib/constants-float64-smallest-subnormal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_SMALLEST_SUBNORMAL = 5e-324;
    module.exports = FLOAT64_SMALLEST_SUBNORMAL;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme3.js
var require_temme3 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme3.js"(exports, module) {
    "use strict";
    var gammaincinv = require_lib136();
    var ln = require_lib59();
    var sqrt = require_lib54();
    var SMALLEST_SUBNORMAL = require_lib137();
    var temmeRootFinder = require_root_finder();
    var newtonRaphsonIterate = require_newton_raphson();
    function temme3(a, b, p, q) {
      var cross;
      var roots;
      var lower;
      var upper;
      var eta0;
      var eta;
      var w10;
      var w12;
      var w13;
      var w14;
      var e1;
      var e2;
      var e3;
      var mu;
      var d2;
      var d3;
      var d4;
      var w2;
      var w3;
      var w4;
      var w5;
      var w6;
      var w7;
      var w8;
      var w9;
      var w1;
      var d;
      var w;
      var u;
      var x;
      if (p < q) {
        eta0 = gammaincinv(p, b, true);
      } else {
        eta0 = gammaincinv(q, b, false);
      }
      eta0 /= a;
      mu = b / a;
      w = sqrt(1 + mu);
      w2 = w * w;
      w3 = w2 * w;
      w4 = w2 * w2;
      w5 = w3 * w2;
      w6 = w3 * w3;
      w7 = w4 * w3;
      w8 = w4 * w4;
      w9 = w5 * w4;
      w10 = w5 * w5;
      d = eta0 - mu;
      d2 = d * d;
      d3 = d2 * d;
      d4 = d2 * d2;
      w1 = w + 1;
      w12 = w1 * w1;
      w13 = w1 * w12;
      w14 = w12 * w12;
      e1 = (w + 2) * (w - 1) / (3 * w);
      e1 += (w3 + 9 * w2 + 21 * w + 5) * d / (36 * w2 * w1);
      e1 -= (w4 - 13 * w3 + 69 * w2 + 167 * w + 46) * d2 / (1620 * w12 * w3);
      e1 -= (7 * w5 + 21 * w4 + 70 * w3 + 26 * w2 - 93 * w - 31) * d3 / (6480 * w13 * w4);
      e1 -= (75 * w6 + 202 * w5 + 188 * w4 - 888 * w3 - 1345 * w2 + 118 * w + 138) * d4 / (272160 * w14 * w5);
      e2 = (28 * w4 + 131 * w3 + 402 * w2 + 581 * w + 208) * (w - 1) / (1620 * w1 * w3);
      e2 -= (35 * w6 - 154 * w5 - 623 * w4 - 1636 * w3 - 3983 * w2 - 3514 * w - 925) * d / (12960 * w12 * w4);
      e2 -= (2132 * w7 + 7915 * w6 + 16821 * w5 + 35066 * w4 + 87490 * w3 + 141183 * w2 + 95993 * w + 21640) * d2 / (816480 * w5 * w13);
      e2 -= (11053 * w8 + 53308 * w7 + 117010 * w6 + 163924 * w5 + 116188 * w4 - 258428 * w3 - 677042 * w2 - 481940 * w - 105497) * d3 / (14696640 * w14 * w6);
      e3 = -((3592 * w7 + 8375 * w6 - 1323 * w5 - 29198 * w4 - 89578 * w3 - 154413 * w2 - 116063 * w - 29632) * (w - 1)) / (816480 * w5 * w12);
      e3 -= (442043 * w9 + 2054169 * w8 + 3803094 * w7 + 3470754 * w6 + 2141568 * w5 - 2393568 * w4 - 19904934 * w3 - 34714674 * w2 - 23128299 * w - 5253353) * d / (146966400 * w6 * w13);
      e3 -= (116932 * w10 + 819281 * w9 + 2378172 * w8 + 4341330 * w7 + 6806004 * w6 + 10622748 * w5 + 18739500 * w4 + 30651894 * w3 + 30869976 * w2 + 15431867 * w + 2919016) * d2 / (146966400 * w14 * w7);
      eta = eta0 + e1 / a + e2 / (a * a) + e3 / (a * a * a);
      if (eta <= 0) {
        eta = SMALLEST_SUBNORMAL;
      }
      u = eta - mu * ln(eta) + (1 + mu) * ln(1 + mu) - mu;
      cross = 1 / (1 + mu);
      lower = eta < mu ? cross : 0;
      upper = eta < mu ? 1 : cross;
      x = (lower + upper) / 2;
      roots = temmeRootFinder(u, mu);
      return newtonRaphsonIterate(roots, x, lower, upper, 32, 100);
    }
    module.exports = temme3;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/halley_iterate.js
var require_halley_iterate = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/halley_iterate.js"(exports, module) {
    "use strict";
    var abs = require_lib46();
    var ldexp = require_lib50();
    var sign = require_lib133();
    var max = require_lib80();
    var MAX_VALUE = require_lib83();
    function halleyIterate(fun, guess, minimum, maximum, digits, maxIter) {
      var convergence;
      var outOfBounds;
      var delta1;
      var delta2;
      var factor;
      var result;
      var f0Last;
      var count;
      var delta;
      var denom;
      var diff;
      var num2;
      var res;
      var f0;
      var f1;
      var f2;
      f0 = 0;
      outOfBounds = false;
      result = guess;
      factor = ldexp(1, 1 - digits);
      delta = max(1e7 * guess, 1e7);
      f0Last = 0;
      delta1 = delta;
      delta2 = delta;
      count = maxIter;
      do {
        f0Last = f0;
        delta2 = delta1;
        delta1 = delta;
        res = fun(result);
        f0 = res[0];
        f1 = res[1];
        f2 = res[2];
        count -= 1;
        if (f0 === 0) {
          break;
        }
        if (f1 === 0) {
          if (f0Last === 0) {
            if (result === minimum) {
              guess = maximum;
            } else {
              guess = minimum;
            }
            f0Last = fun(guess);
            delta = guess - result;
          }
          if (sign(f0Last) * sign(f0) < 0) {
            if (delta < 0) {
              delta = (result - minimum) / 2;
            } else {
              delta = (result - maximum) / 2;
            }
          } else if (delta < 0) {
            delta = (result - maximum) / 2;
          } else {
            delta = (result - minimum) / 2;
          }
        } else if (f2 === 0) {
          delta = f0 / f1;
        } else {
          denom = 2 * f0;
          num2 = 2 * f1 - f0 * (f2 / f1);
          if (abs(num2) < 1 && abs(denom) >= abs(num2) * MAX_VALUE) {
            delta = f0 / f1;
          } else {
            delta = denom / num2;
          }
          if (delta * f1 / f0 < 0) {
            delta = f0 / f1;
            if (abs(delta) > 2 * abs(guess)) {
              delta = (delta < 0 ? -1 : 1) * 2 * abs(guess);
            }
          }
        }
        convergence = abs(delta / delta2);
        if (convergence > 0.8 && convergence < 2) {
          delta = delta > 0 ? (result - minimum) / 2 : (result - maximum) / 2;
          if (abs(delta) > result) {
            delta = sign(delta) * result;
          }
          delta2 = delta * 3;
        }
        guess = result;
        result -= delta;
        if (result < minimum) {
          if (abs(minimum) < 1 && abs(result) > 1 && MAX_VALUE / abs(result) < abs(minimum)) {
            diff = 1e3;
          } else {
            diff = result / minimum;
          }
          if (abs(diff) < 1) {
            diff = 1 / diff;
          }
          if (!outOfBounds && diff > 0 && diff < 3) {
            delta = 0.99 * (guess - minimum);
            result = guess - delta;
            outOfBounds = true;
          } else {
            delta = (guess - minimum) / 2;
            result = guess - delta;
            if (result === minimum || result === maximum) {
              break;
            }
          }
        } else if (result > maximum) {
          if (abs(maximum) < 1 && abs(result) > 1 && MAX_VALUE / abs(result) < abs(maximum)) {
            diff = 1e3;
          } else {
            diff = result / maximum;
          }
          if (abs(diff) < 1) {
            diff = 1 / diff;
          }
          if (!outOfBounds && diff > 0 && diff < 3) {
            delta = 0.99 * (guess - maximum);
            result = guess - delta;
            outOfBounds = true;
          } else {
            delta = (guess - maximum) / 2;
            result = guess - delta;
            if (result === minimum || result === maximum) {
              break;
            }
          }
        }
        if (delta > 0) {
          maximum = guess;
        } else {
          minimum = guess;
        }
      } while (count && abs(result * factor) < abs(delta));
      return result;
    }
    module.exports = halleyIterate;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/ibeta_roots.js
var require_ibeta_roots = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/ibeta_roots.js"(exports, module) {
    "use strict";
    var kernelBetainc = require_lib127().assign;
    var abs = require_lib46();
    var FLOAT64_MAX = require_lib83();
    var FLOAT64_MIN_NORM = require_lib45();
    function ibetaRoots(a, b, target, invert) {
      return roots;
      function roots(x) {
        var buf;
        var f1;
        var f2;
        var f;
        var y;
        y = 1 - x;
        buf = [0, 0];
        kernelBetainc(x, a, b, true, invert, buf, 1, 0);
        f = buf[0] - target;
        f1 = buf[1];
        if (invert) {
          f1 = -f1;
        }
        if (y === 0) {
          y = FLOAT64_MIN_NORM * 64;
        }
        if (x === 0) {
          x = FLOAT64_MIN_NORM * 64;
        }
        f2 = f1 * (-(y * a) + (b - 2) * x + 1);
        if (abs(f2) < y * x * FLOAT64_MAX) {
          f2 /= y * x;
        }
        if (invert) {
          f2 = -f2;
        }
        if (f1 === 0) {
          f1 = (invert ? -1 : 1) * FLOAT64_MIN_NORM * 64;
        }
        return [f, f1, f2];
      }
    }
    module.exports = ibetaRoots;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/main.js
var require_main96 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/main.js"(exports, module) {
    "use strict";
    var evalpoly = require_lib113();
    var betainc = require_lib128();
    var expm1 = require_lib64();
    var log1p = require_lib65();
    var asin = require_lib67();
    var beta = require_lib78();
    var sqrt = require_lib54();
    var abs = require_lib46();
    var exp = require_lib51();
    var pow = require_lib75();
    var sin = require_lib94();
    var max = require_lib80();
    var min = require_lib82();
    var ln = require_lib59();
    var FLOAT64_MIN_NORM = require_lib45();
    var HALF_PI = require_lib85();
    var EPSILON = require_lib77();
    var findIBetaInvFromTDist = require_find_ibeta_inv_from_t_dist();
    var temme1 = require_temme1();
    var temme2 = require_temme2();
    var temme3 = require_temme3();
    var halleyIterate = require_halley_iterate();
    var ibetaRoots = require_ibeta_roots();
    var DIGITS = 32;
    var MAX_ITERATIONS = 1e3;
    var terms = [0, 0, 0, 0, 0];
    function ibetaInvImp(a, b, p, q) {
      var digits;
      var invert;
      var lambda;
      var lower;
      var theta;
      var upper;
      var roots;
      var maxv;
      var minv;
      var bet;
      var ppa;
      var tmp;
      var xs2;
      var ap1;
      var bm1;
      var fs;
      var lx;
      var ps;
      var xg;
      var xs;
      var yp;
      var a2;
      var a3;
      var b2;
      var r;
      var l;
      var u;
      var x;
      var y;
      invert = false;
      if (q === 0) {
        return [1, 0];
      }
      if (p === 0) {
        return [0, 1];
      }
      if (a === 1) {
        if (b === 1) {
          return [p, 1 - p];
        }
        tmp = b;
        b = a;
        a = tmp;
        tmp = q;
        q = p;
        p = tmp;
        invert = true;
      }
      x = 0;
      lower = 0;
      upper = 1;
      if (a === 0.5) {
        if (b === 0.5) {
          x = sin(p * HALF_PI);
          x *= x;
          y = sin(q * HALF_PI);
          y *= y;
          return [x, y];
        }
        if (b > 0.5) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          invert = !invert;
        }
      }
      if (b === 0.5 && a >= 0.5 && p !== 1) {
        yp = {};
        x = findIBetaInvFromTDist(a, p, yp);
        y = yp.value;
      } else if (b === 1) {
        if (p < q) {
          if (a > 1) {
            x = pow(p, 1 / a);
            y = -expm1(ln(p) / a);
          } else {
            x = pow(p, 1 / a);
            y = 1 - x;
          }
        } else {
          x = exp(log1p(-q) / a);
          y = -expm1(log1p(-q) / a);
        }
        if (invert) {
          tmp = y;
          y = x;
          x = tmp;
        }
        return [x, y];
      } else if (a + b > 5) {
        if (p > 0.5) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          invert = !invert;
        }
        minv = min(a, b);
        maxv = max(a, b);
        if (sqrt(minv) > maxv - minv && minv > 5) {
          x = temme1(a, b, p);
          y = 1 - x;
        } else {
          r = a + b;
          theta = asin(sqrt(a / r));
          lambda = minv / r;
          if (lambda >= 0.2 && lambda <= 0.8 && r >= 10) {
            ppa = pow(p, 1 / a);
            if (ppa < 25e-4 && a + b < 200) {
              x = ppa * pow(a * beta(a, b), 1 / a);
            } else {
              x = temme2(p, r, theta);
            }
            y = 1 - x;
          } else {
            if (a < b) {
              tmp = b;
              b = a;
              a = tmp;
              tmp = q;
              q = p;
              p = tmp;
              invert = !invert;
            }
            bet = 0;
            if (b < 2) {
              bet = beta(a, b);
            }
            if (bet === 0) {
              y = 1;
            } else {
              y = pow(b * q * bet, 1 / b);
              x = 1 - y;
            }
          }
          if (y > 1e-5) {
            x = temme3(a, b, p, q);
            y = 1 - x;
          }
        }
      } else if (a < 1 && b < 1) {
        xs = (1 - a) / (2 - a - b);
        fs = betainc(xs, a, b) - p;
        if (abs(fs) / p < EPSILON * 3) {
          if (invert) {
            return [1 - xs, xs];
          }
          return [xs, 1 - xs];
        }
        if (fs < 0) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          invert = !invert;
          xs = 1 - xs;
        }
        xg = pow(a * p * beta(a, b), 1 / a);
        x = xg / (1 + xg);
        y = 1 / (1 + xg);
        if (x > xs) {
          x = xs;
        }
        upper = xs;
      } else if (a > 1 && b > 1) {
        xs = (a - 1) / (a + b - 2);
        xs2 = (b - 1) / (a + b - 2);
        ps = betainc(xs, a, b) - p;
        if (ps < 0) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          tmp = xs2;
          xs2 = xs;
          xs = tmp;
          invert = !invert;
        }
        lx = ln(p * a * beta(a, b)) / a;
        x = exp(lx);
        y = x < 0.9 ? 1 - x : -expm1(lx);
        if (b < a && x < 0.2) {
          ap1 = a - 1;
          bm1 = b - 1;
          a2 = a * a;
          a3 = a * a2;
          b2 = b * b;
          terms[0] = 0;
          terms[1] = 1;
          terms[2] = bm1 / ap1;
          ap1 *= ap1;
          terms[3] = bm1 * (3 * a * b + 5 * b + a2 - a - 4) / (2 * (a + 2) * ap1);
          ap1 *= a + 1;
          terms[4] = bm1 * (33 * a * b2 + 31 * b2 + 8 * a2 * b2 - 30 * a * b - 47 * b + 11 * a2 * b + 6 * a3 * b + 18 + 4 * a - a3 + a2 * a2 - 10 * a2);
          terms[4] /= 3 * (a + 3) * (a + 2) * ap1;
          x = evalpoly(terms, x);
        }
        if (x > xs) {
          x = xs;
        }
        upper = xs;
      } else {
        if (b < a) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          invert = !invert;
        }
        if (pow(p, 1 / a) < 0.5) {
          x = pow(p * a * beta(a, b), 1 / a);
          if (x === 0) {
            x = FLOAT64_MIN_NORM;
          }
          y = 1 - x;
        } else {
          y = pow(1 - pow(p, b * beta(a, b)), 1 / b);
          if (y === 0) {
            y = FLOAT64_MIN_NORM;
          }
          x = 1 - y;
        }
      }
      if (x > 0.5) {
        tmp = b;
        b = a;
        a = tmp;
        tmp = q;
        q = p;
        p = tmp;
        tmp = y;
        y = x;
        x = tmp;
        invert = !invert;
        l = 1 - upper;
        u = 1 - lower;
        lower = l;
        upper = u;
      }
      if (lower === 0) {
        if (invert) {
          lower = EPSILON;
          if (x < lower) {
            x = lower;
          }
        } else {
          lower = FLOAT64_MIN_NORM;
        }
        if (x < lower) {
          x = lower;
        }
      }
      digits = DIGITS;
      if (x < 1e-50 && (a < 1 || b < 1)) {
        digits *= 3;
        digits /= 2;
      }
      roots = ibetaRoots(a, b, p < q ? p : q, p >= q);
      x = halleyIterate(roots, x, lower, upper, digits, MAX_ITERATIONS);
      if (x === lower) {
        x = 0;
      }
      if (invert) {
        return [1 - x, x];
      }
      return [x, 1 - x];
    }
    module.exports = ibetaInvImp;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/index.js
var require_lib138 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main96();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-t-quantile/lib/main.js
var require_main97 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-quantile/lib/main.js"(exports, module) {
    "use strict";
    var kernelBetaincinv = require_lib138();
    var isnan = require_lib6();
    var sign = require_lib133();
    var sqrt = require_lib54();
    function quantile(p, v) {
      var prob2;
      var xs;
      if (isnan(v) || isnan(p) || v <= 0 || p < 0 || p > 1) {
        return NaN;
      }
      prob2 = p > 0.5 ? 1 - p : p;
      xs = kernelBetaincinv(v / 2, 0.5, 2 * prob2, 1 - 2 * prob2);
      return sign(p - 0.5) * sqrt(v * xs[1] / xs[0]);
    }
    module.exports = quantile;
  }
});

// node_modules/@stdlib/stats-base-dists-t-quantile/lib/factory.js
var require_factory7 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-quantile/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var kernelBetaincinv = require_lib138();
    var isnan = require_lib6();
    var sign = require_lib133();
    var sqrt = require_lib54();
    function factory(v) {
      if (isnan(v) || v <= 0) {
        return constantFunction(NaN);
      }
      return quantile;
      function quantile(p) {
        var prob2;
        var xs;
        if (isnan(p) || p < 0 || p > 1) {
          return NaN;
        }
        prob2 = p > 0.5 ? 1 - p : p;
        xs = kernelBetaincinv(v / 2, 0.5, 2 * prob2, 1 - 2 * prob2);
        return sign(p - 0.5) * sqrt(v * xs[1] / xs[0]);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-t-quantile/lib/index.js
var require_lib139 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-quantile/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main97();
    var factory = require_factory7();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// src/log/summary-files.ts
import { open, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/model/summary-parse.ts
var MAX_SUMMARY_BYTES = 4 * 1024 * 1024;
function parseSummary(data, name) {
  const fail = (problem) => ({ ok: false, problem, message: summaryProblemMessage(name, problem) });
  if (data.byteLength > MAX_SUMMARY_BYTES) return fail({ kind: "too-large", bytes: data.byteLength });
  let json;
  try {
    json = JSON.parse(new TextDecoder().decode(data));
  } catch (err) {
    return fail({ kind: "not-json", detail: err.message });
  }
  const r = Summary.safeParse(json);
  if (r.success) return { ok: true, summary: r.data };
  const schema = json?.schema;
  if (typeof schema === "string" && schema !== SUMMARY_SCHEMA && schema.startsWith("joulecheck/summary@")) {
    return fail({ kind: "other-version", schema });
  }
  const i = r.error.issues[0];
  return fail({ kind: "invalid", detail: i ? `${i.path.join(".") || "(root)"}: ${i.message}`.slice(0, 200) : "invalid" });
}
var mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);
function summaryProblemMessage(name, p) {
  switch (p.kind) {
    case "too-large":
      return `'${name}' is ${mib(p.bytes)} MiB; a summary is a few KB (limit ${MAX_SUMMARY_BYTES / 1024 / 1024} MiB): is it the right file?`;
    case "not-json":
      return `cannot read summary '${name}': ${p.detail}`;
    case "other-version":
      return `'${name}' is ${p.schema}; this tool reads ${SUMMARY_SCHEMA}`;
    case "invalid":
      return `'${name}' is not a ${SUMMARY_SCHEMA} file: ${p.detail}`;
  }
}
function summaryProblemShort(p) {
  switch (p.kind) {
    case "too-large":
      return `${p.bytes} bytes, over the ${MAX_SUMMARY_BYTES}-byte limit for a summary`;
    case "not-json":
      return "not JSON";
    case "other-version":
      return `not a joulecheck summary (schema: ${p.schema}; this tool reads ${SUMMARY_SCHEMA})`;
    case "invalid":
      return `not a joulecheck summary (${p.detail})`;
  }
}

// src/log/summary-files.ts
var SUMMARY_RE = /\.summary\.json$/;
var LOG_RE = /\.ndjson$/;
var MAX_FILES = 1e4;
async function expandInputs(paths, cwd) {
  const summaries = [];
  const logs = [];
  const walk = async (p, explicit) => {
    let st;
    try {
      st = await stat(p);
    } catch {
      throw new InputError(`'${p}' does not exist; expected a run log (.ndjson), a summary (.summary.json) or a directory of them`);
    }
    if (st.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const ent of entries) {
        if (ent.name.startsWith(".") || ent.name === "node_modules") continue;
        if (isNodeFile(ent.name)) continue;
        if (ent.isDirectory() || SUMMARY_RE.test(ent.name) || LOG_RE.test(ent.name)) await walk(join(p, ent.name), false);
      }
      return;
    }
    if (summaries.length + logs.length >= MAX_FILES) throw new InputError(`more than ${MAX_FILES} runs under the inputs; pass narrower directories`);
    if (SUMMARY_RE.test(p)) summaries.push(p);
    else if (LOG_RE.test(p)) logs.push(p);
    else if (explicit) throw new InputError(`'${p}' is neither a run log (.ndjson) nor a summary (.summary.json)`);
  };
  for (const p of paths) await walk(resolve(cwd, p), true);
  return { summaries: [...new Set(summaries)], logs: [...new Set(logs)] };
}
function noRunsError(paths) {
  return new InputError(`no run logs (.ndjson) or summaries (.summary.json) found in ${paths.map((p) => `'${p}'`).join(", ")}`);
}
var SummaryFileError = class extends InputError {
  name = "SummaryFileError";
  file;
  problem;
  constructor(file, message, problem) {
    super(message);
    this.file = file;
    this.problem = problem;
  }
};
async function readSummaryFile(path, name = path) {
  let data;
  try {
    const fh = await open(path, "r");
    try {
      const { size } = await fh.stat();
      if (size > MAX_SUMMARY_BYTES) {
        const problem = { kind: "too-large", bytes: size };
        throw new SummaryFileError(path, summaryProblemMessage(name, problem), problem);
      }
      data = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (err) {
    if (err instanceof SummaryFileError) throw err;
    throw new SummaryFileError(path, `cannot read summary '${name}': ${err.message}`);
  }
  const r = parseSummary(data, name);
  if (!r.ok) throw new SummaryFileError(path, r.message, r.problem);
  return r.summary;
}
async function readSummaryFilesLenient(paths, skip) {
  const out = [];
  for (const p of paths) {
    try {
      out.push(await readSummaryFile(p));
    } catch (err) {
      if (!(err instanceof SummaryFileError)) throw err;
      skip(err);
    }
  }
  return out;
}
async function readSummaries(paths, cwd) {
  const { summaries } = await expandInputs(paths, cwd);
  if (summaries.length === 0) {
    throw new InputError(
      `no summaries (*.summary.json) under ${paths.map((p) => `'${p}'`).join(", ")}; run 'joulecheck summarize' on raw logs first`
    );
  }
  const out = [];
  for (const f of summaries) out.push(await readSummaryFile(f));
  return out;
}

// src/model/verdict.ts
var Verdict = external_exports.enum(["regression", "improvement", "no_significant_change", "inconclusive", "not_enough_data"]);
var VERDICT_RANK = {
  regression: 0,
  improvement: 1,
  inconclusive: 2,
  no_significant_change: 3,
  not_enough_data: 4,
  no_baseline: 5
};
function leadingVerdict(verdicts) {
  let best;
  for (const v of verdicts) if (best === void 0 || VERDICT_RANK[v] < VERDICT_RANK[best]) best = v;
  return best;
}
function verdictOutput(v) {
  return v.replace(/_/g, " ");
}

// src/model/comparison.ts
var COMPARISON_SCHEMA = "joulecheck/comparison@1";
var num = () => external_exports.number().finite();
var prob = () => external_exports.number().min(0).max(1);
var MetricId = external_exports.enum([
  "energy_total",
  /** design "paired": the active energy (summary energy_j.active.total), what other load does not move */
  "energy_active",
  "energy_cpu",
  "energy_dram",
  "energy_gpu",
  "co2eq",
  "duration",
  "power_mean"
]);
var SideStats = external_exports.object({
  n: external_exports.number().int().nonnegative(),
  /** null when n = 0 */
  mean: num().nullable(),
  /** sample standard deviation (n - 1); null when n < 2 */
  sd: num().nullable(),
  /** one value per run, in the order of the side's `runs` */
  values: external_exports.array(num())
});
var TTest = external_exports.object({ t: num(), df: num().positive(), p: prob() });
var Metric = external_exports.object({
  id: MetricId,
  name: external_exports.string(),
  unit: external_exports.enum(["J", "g", "s", "W"]),
  base: SideStats,
  head: SideStats,
  /** head / base - 1 with its confidence interval; absent when the base mean is 0 or a side has no runs */
  change: external_exports.object({
    relative: num(),
    /** null: unbounded (the base mean is not distinguishable from 0) or not estimable from one run each */
    ci_low: num().nullable(),
    ci_high: num().nullable(),
    level: prob(),
    /** paired-log-t: exp(mean log ratio) - 1 with the t interval of the mean log ratio */
    method: external_exports.enum(["fieller-welch", "fieller-prediction", "paired-log-t", "point"])
  }).optional(),
  tests: external_exports.object({
    welch: TTest.optional(),
    mann_whitney: external_exports.object({ u: num().nonnegative(), p: prob(), method: external_exports.enum(["exact", "asymptotic"]) }).optional(),
    prediction: TTest.optional(),
    /** design "paired": one-sample t-test of the per-pair log ratios ln(head / base) (scipy ttest_rel on logs) */
    paired_t: TTest.optional(),
    /** design "paired": Wilcoxon signed-rank on the same log ratios; w = min(R+, R-), zeros dropped (scipy's 'wilcox') */
    wilcoxon: external_exports.object({ w: num().nonnegative(), p: prob(), method: external_exports.enum(["exact", "asymptotic"]) }).optional()
  }),
  /** the test the verdict rests on and its unadjusted p */
  primary: external_exports.object({ test: external_exports.enum(["welch", "mann_whitney", "prediction", "paired_t", "wilcoxon"]), p: prob() }).optional(),
  /** Holm-adjusted p of the primary test across the compared metrics */
  p_adjusted: prob().optional(),
  verdict: Verdict,
  /** for an inconclusive verdict: runs per side that would likely settle it (80% power) */
  runs_needed: external_exports.object({
    per_side: external_exports.number().int().positive(),
    /** more runs than that (per_side is a cap) */
    capped: external_exports.boolean(),
    more_base: external_exports.number().int().nonnegative(),
    more_head: external_exports.number().int().nonnegative(),
    /** relative effect the estimate is for */
    effect: num(),
    power: prob(),
    goal: external_exports.enum(["detect", "equivalence"])
  }).optional(),
  /** design "paired": one entry per measured pair, in run order (the tests are on these values' log ratios) */
  pairs: external_exports.array(external_exports.object({ base: num(), head: num() })).optional(),
  /**
   * design "paired": the verdict was held back to inconclusive because the pairs whose runs ran beside
   * different other load decided it (the pairs without them alone do not reach it)
   */
  held_by_other_load: external_exports.object({
    /** 1-based pairs whose runs' other load differs by more than the threshold */
    pairs: external_exports.array(external_exports.number().int().positive()),
    /** the verdict over every pair, and over the pairs not flagged */
    verdict_all_pairs: Verdict,
    verdict_unflagged: Verdict
  }).optional(),
  notes: external_exports.array(external_exports.string())
});
var RunRef = external_exports.object({
  repeat: external_exports.number().int(),
  label: external_exports.string(),
  sha: external_exports.string().optional(),
  started_at: external_exports.string(),
  exit_code: external_exports.number().int().nullable(),
  hostname: external_exports.string().optional(),
  /** file the summary was read from, when known */
  file: external_exports.string().optional()
});
var MethodSummary = external_exports.object({
  /** kinds seen over the side's runs (one unless they differ) */
  kinds: external_exports.array(ComponentKind),
  sensors: external_exports.array(external_exports.string()),
  models: external_exports.array(external_exports.string())
});
var SideContext = external_exports.object({
  n: external_exports.number().int().nonnegative(),
  shas: external_exports.array(external_exports.string()),
  refs: external_exports.array(external_exports.string()),
  labels: external_exports.array(external_exports.string()),
  runs: external_exports.array(RunRef),
  methods: external_exports.object({ cpu: MethodSummary, dram: MethodSummary, gpu: MethodSummary }),
  hardware: external_exports.object({
    cpu_models: external_exports.array(external_exports.string()),
    gpus: external_exports.array(external_exports.string()),
    drivers: external_exports.array(external_exports.string()),
    /** node counts of the side's runs; present only when some run was multi-node */
    nodes: external_exports.array(external_exports.number().int().positive()).optional()
  }),
  regions: external_exports.array(external_exports.string()),
  intensities_g_per_kwh: external_exports.array(num().nonnegative()),
  pues: external_exports.array(num()),
  tool_versions: external_exports.array(external_exports.string())
});
var MachineState = external_exports.object({
  /** hottest GPU, degrees C */
  gpu_temp_c: num().optional(),
  /** lowest current SM clock over the GPUs, MHz */
  sm_clock_mhz: num().nonnegative().optional(),
  /** machine power with nothing of ours running (RAPL package + dram, and GPUs), W */
  idle_w: num().nonnegative().optional()
});
var AbRun = external_exports.object({
  side: external_exports.enum(["base", "head"]),
  /** number on its side: files `<side>/<label>-<n>.*` */
  n: external_exports.number().int().positive(),
  /** 1-based position in the whole session */
  position: external_exports.number().int().positive(),
  /** warm-up: metered and kept, left out of the statistics */
  warmup: external_exports.boolean(),
  /** the pair it belongs to (1-based), null for a warm-up */
  pair: external_exports.number().int().positive().nullable(),
  file: external_exports.string().optional(),
  started_at: external_exports.string(),
  exit_code: external_exports.number().int().nullable(),
  state: MachineState.optional(),
  /** other processes' share of the machine's CPU time (and of its GPUs' time) over the run, from its summary */
  other_load: external_exports.object({ cpu: prob(), gpu: prob().nullable() }).optional()
});
var Design = external_exports.enum(["independent", "paired"]);
var Comparison = external_exports.object({
  schema: external_exports.literal(COMPARISON_SCHEMA),
  /** independent: two samples (`compare`); paired: base and head interleaved in one job (`ab`). Files
   * written before the field existed are independent. */
  design: Design.default("independent"),
  tool: external_exports.object({ name: external_exports.literal("joulecheck"), version: external_exports.string() }),
  label: external_exports.string(),
  alpha: external_exports.number().gt(0).lt(1),
  min_effect: external_exports.number().min(0),
  confidence: prob(),
  /** the decision, taken from the energy total's row (CO2eq also moves with the grid) */
  headline: external_exports.object({ metric: MetricId, verdict: Verdict }),
  /** energy change explained as mean power vs duration: dE ~ dP t + P dt (+ dP dt), in J */
  explanation: external_exports.object({
    power_relative: num(),
    duration_relative: num(),
    power_term_j: num(),
    duration_term_j: num(),
    interaction_j: num()
  }).optional(),
  carbon: external_exports.object({
    region: external_exports.string(),
    intensity_g_per_kwh: num().nonnegative(),
    /** true when runs used different intensities and CO2eq was restated at this one for both sides */
    restated: external_exports.boolean()
  }),
  base: SideContext,
  head: SideContext,
  metrics: external_exports.array(Metric),
  warnings: external_exports.array(external_exports.string()),
  /** design "paired": how the session ran */
  ab: external_exports.object({
    order: external_exports.enum(["abba", "alternate"]),
    pairs: external_exports.number().int().positive(),
    /** warm-up runs per side */
    warmup: external_exports.number().int().nonnegative(),
    runner: external_exports.string().optional(),
    /** which energy the verdict is about: active (default; absent in older files: attributed) or attributed */
    metric: external_exports.enum(["active", "attributed"]).optional(),
    /** pairs whose two runs' other load differs by more than `threshold` (a share of the machine) */
    other_load: external_exports.object({ threshold: prob(), flagged_pairs: external_exports.array(external_exports.number().int().positive()) }).optional(),
    runs: external_exports.array(AbRun)
  }).optional()
});

// src/model/kinds.ts
function runKind(s) {
  const k = [s.methods.cpu.kind, s.methods.dram.kind, s.methods.gpu.kind];
  if (k.includes("estimated")) return "estimated";
  return k.includes("measured") ? "measured" : "none";
}
function mergeKinds(kinds) {
  const k = new Set([...kinds].filter((x) => x !== "none"));
  if (k.size === 0) return "none";
  if (k.size === 1) return [...k][0];
  return "mixed";
}

// src/render/escape.ts
var ZWJ = "\u200D";
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;"
};
var MD_INLINE = /[\\`*_[\]~$]/g;
var MD_LINE_START = /^(\s*)(?:([#+\-=])|(\d+)([.)]))/;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
function truncate(text2, maxLength) {
  const cps = Array.from(text2);
  if (cps.length <= maxLength) return text2;
  return cps.slice(0, Math.max(0, maxLength - 1)).join("") + "\u2026";
}
function escapeMarkdown(text2, opts = {}) {
  let s = String(text2).replace(BIDI, "").replace(CONTROL, " ");
  if (opts.maxLength !== void 0) s = truncate(s, opts.maxLength);
  s = s.replace(/[&<>"|]/g, (c) => ENTITIES[c]);
  s = s.replace(MD_INLINE, (c) => `\\${c}`);
  s = s.replace(
    MD_LINE_START,
    (_m, sp, mark, digits, delim) => mark !== void 0 ? `${sp}\\${mark}` : `${sp}${digits}\\${delim}`
  );
  s = s.replace(/@/g, `@${ZWJ}`);
  s = s.replace(/(?<!&)#(?=\d)/g, `#${ZWJ}`);
  s = s.replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`);
  s = s.replace(/:\/\//g, `:${ZWJ}//`);
  s = s.replace(/\b(www)\./gi, `$1${ZWJ}.`);
  return s;
}
function escapeCode(text2, opts = {}) {
  return `<code>${escapeMarkdown(text2, opts)}</code>`;
}
function escapeHtmlComment(text2) {
  return String(text2).replace(/[^A-Za-z0-9 _.:/=-]/g, "_").replace(/-{2,}/g, "-");
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text2) {
  return String(text2).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\uFFFD").replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

// src/render/html.ts
var make;
var SafeHtml = class _SafeHtml {
  #html;
  constructor(markup) {
    this.#html = markup;
  }
  /** The markup (also what a string template or String() gives, for callers that want text). */
  toString() {
    return this.#html;
  }
  /** A real SafeHtml: checks the private field, so an object made from the prototype does not pass. */
  static is(v) {
    return typeof v === "object" && v !== null && #html in v;
  }
  static {
    make = (markup) => new _SafeHtml(markup);
  }
};
function piece(v) {
  if (SafeHtml.is(v)) return v.toString();
  if (v === null || v === void 0) return "";
  if (Array.isArray(v)) return v.map(piece).join("");
  if (typeof v === "string" || typeof v === "number") return escapeHtml(String(v));
  throw new TypeError(`html: cannot interpolate a ${typeof v}; expected text, a number, SafeHtml or an array of them`);
}
function html(strings, ...values) {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + (strings[i + 1] ?? "");
  return make(out);
}
function raw(markup) {
  return make(markup);
}
function join2(items, sep = "") {
  const s = SafeHtml.is(sep) ? sep.toString() : escapeHtml(sep);
  return make(items.map(piece).join(s));
}

// src/render/whatif.ts
function placeText(g, esc) {
  const ps = g.places.map((p) => `${formatGrams(p.co2eq_g)} in ${esc(p.id)} (${sig(p.intensity_g_per_kwh)} g/kWh)`);
  return `the same ${formatKwh(g.energy_kwh)} (${g.kind}) would emit ${ps.join(", ")}, instead of ${formatGrams(g.actual.co2eq_g)} in ${esc(g.actual.region)} (${sig(g.actual.intensity_g_per_kwh)} g/kWh); lowest-intensity ${esc(g.scope)}, annual averages`;
}
function whatIfHtml(g) {
  return html`<p class="whatif"><strong>What-if:</strong> ${placeText(g, (s) => s)}.</p>`;
}

// src/carbon/whatif.ts
function estimateEmissions(input) {
  const energy_kwh = input.gpu.tdp_w * input.count * input.hours * input.pue.value / 1e3;
  const intensity = input.carbon.intensity_g_per_kwh;
  return {
    schema: "joulecheck/estimate@1",
    kind: "estimated",
    model: "GPU TDP x count x hours x PUE (GPUs assumed at TDP for the whole time; CPU, DRAM not counted)",
    energy_kwh,
    intensity_g_per_kwh: intensity,
    co2eq_g: energy_kwh * intensity,
    gpu: { ...input.gpu, count: input.count },
    hours: input.hours,
    pue: input.pue,
    region: input.carbon
  };
}
function whatIfRows(summaries, places) {
  const rows = [];
  for (const s of summaries) {
    const energy_kwh = s.energy_j.total / J_PER_KWH;
    for (const p of places) {
      const co2eq_g = energy_kwh * p.carbon.intensity_g_per_kwh;
      const actual = s.carbon.co2eq_g;
      rows.push({
        label: s.label,
        repeat: s.repeat,
        kind: runKind(s),
        energy_kwh,
        actual: { region: s.carbon.region, intensity_g_per_kwh: s.carbon.intensity_g_per_kwh, co2eq_g: actual },
        place: {
          query: p.query,
          region: p.carbon.region,
          ...p.carbon.name !== void 0 ? { name: p.carbon.name } : {},
          intensity_g_per_kwh: p.carbon.intensity_g_per_kwh,
          source: p.carbon.source,
          ...p.carbon.year !== void 0 ? { year: p.carbon.year } : {}
        },
        co2eq_g,
        change: actual > 0 ? co2eq_g / actual - 1 : null
      });
    }
  }
  return rows;
}
function greenerPlaces(run, cloudRegion, max = 3) {
  const energy_kwh = run.energy_j / J_PER_KWH;
  if (!(energy_kwh > 0) || !Number.isFinite(energy_kwh)) return null;
  const provider = cloudRegion ? cloudRegion.trim().toLowerCase().split(":")[0] : void 0;
  let scope;
  let candidates;
  if (provider && CLOUD.regions.some((c) => c.provider === provider)) {
    scope = `${provider} regions`;
    candidates = CLOUD.regions.filter((c) => c.provider === provider).map((c) => {
      const ctx = resolveCarbon({ cloudRegion: c.id }).context;
      return { id: c.id, zone: ctx.region, intensity_g_per_kwh: ctx.intensity_g_per_kwh };
    });
  } else {
    const country = countryOf(run.region);
    if (!country) return null;
    const own = findZone(run.region);
    const kind = own && own.kind !== "country" ? own.kind : "subnational";
    scope = `grid zones of ${country}`;
    candidates = ZONES.zones.filter((z) => z.country === country && z.kind === kind && z.id !== run.region).map((z) => {
      const ctx = resolveCarbon({ region: z.id }).context;
      return { id: z.id, zone: ctx.region, intensity_g_per_kwh: ctx.intensity_g_per_kwh };
    });
  }
  const seen = /* @__PURE__ */ new Set();
  const places = candidates.filter((c) => c.intensity_g_per_kwh < run.intensity_g_per_kwh).sort((a, b) => a.intensity_g_per_kwh - b.intensity_g_per_kwh || a.id.localeCompare(b.id)).filter((c) => seen.has(c.zone) ? false : (seen.add(c.zone), true)).slice(0, max).map((c) => ({ ...c, co2eq_g: energy_kwh * c.intensity_g_per_kwh }));
  if (places.length === 0) return null;
  return {
    scope,
    actual: { region: run.region, intensity_g_per_kwh: run.intensity_g_per_kwh, co2eq_g: run.co2eq_g },
    energy_kwh,
    kind: run.kind,
    places
  };
}
function whatIfLine(summary, cloudRegion) {
  const g = greenerPlaces(
    {
      energy_j: summary.energy_j.total,
      co2eq_g: summary.carbon.co2eq_g,
      region: summary.carbon.region,
      intensity_g_per_kwh: summary.carbon.intensity_g_per_kwh,
      kind: runKind(summary)
    },
    cloudRegion
  );
  return g ? `**What-if:** ${placeText(g, escapeMarkdown)}.` : null;
}

// src/model/doctor.ts
var DOCTOR_SCHEMA = "joulecheck/doctor@1";
var DoctorComponent = external_exports.enum(["cpu", "dram", "gpu", "processes", "github", "carbon"]);
var DoctorStatus = external_exports.enum(["ok", "warn", "fail"]);
var DoctorCheck = external_exports.object({
  /** stable dotted id, e.g. `rapl.readable`, `gpu.nvml.energy-counter.0` */
  id: external_exports.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  component: DoctorComponent,
  status: DoctorStatus,
  detail: external_exports.string().min(1),
  fix: external_exports.string().min(1).optional()
}).superRefine((c, ctx) => {
  if (c.status !== "ok" && c.fix === void 0) ctx.addIssue({ code: "custom", path: ["fix"], message: `check ${c.id} is ${c.status} and has no fix` });
});
var ComponentVerdict = external_exports.enum(["measured", "estimated", "absent", "broken"]);
var DoctorReport = external_exports.object({
  schema: external_exports.literal(DOCTOR_SCHEMA),
  checks: external_exports.array(DoctorCheck),
  /** energy components only; the other components are judged by their checks */
  components: external_exports.object({ cpu: ComponentVerdict, dram: ComponentVerdict, gpu: ComponentVerdict }).optional()
});
function doctorExitCode(r) {
  const c = r.components;
  if (c && Object.values(c).some((v) => v === "estimated" || v === "broken")) return 1;
  return r.checks.some((k) => k.status === "fail") ? 1 : 0;
}
function check(id, component, status, detail, fix) {
  if (status !== "ok" && !fix) throw new Error(`doctor check ${id}: status ${status} needs a fix`);
  return { id, component, status, detail, ...status !== "ok" && fix ? { fix } : {} };
}

// src/doctor/fixes.ts
var DEFAULT_RAPL_GROUP = "powercap";
var HOST_SYS = "/host/sys";
var HOST_POWERCAP_ROOT = `${HOST_SYS}/class/powercap`;
var UDEV_RULE_FILE = "/etc/udev/rules.d/99-joulecheck-powercap.rules";
function udevRule(group) {
  return `SUBSYSTEM=="powercap", ACTION=="add", RUN+="/bin/chgrp ${group} /sys%p/energy_uj", RUN+="/bin/chmod g+r /sys%p/energy_uj"`;
}
function restartRunner(service) {
  return service ? `sudo systemctl restart ${service}` : "sudo ./svc.sh stop && sudo ./svc.sh start   # in the runner's install directory (or restart the runner however it is started)";
}
function raplPermissionFix(a) {
  return [
    ...a.createGroup ? [`sudo groupadd --system ${a.group}`] : [],
    `sudo usermod -aG ${a.group} ${a.user}`,
    `echo '${udevRule(a.group)}' | sudo tee ${UDEV_RULE_FILE}`,
    "sudo udevadm control --reload && sudo udevadm trigger --subsystem-match=powercap --action=add",
    restartRunner(a.service)
  ].join("\n");
}
function raplRestartFix(user, group, service) {
  return `# '${user}' is in '${group}' but this process was started before; restart it to pick up the group:
${restartRunner(service)}`;
}
function raplModuleFix() {
  return ["sudo modprobe intel_rapl_msr", "echo intel_rapl_msr | sudo tee /etc/modules-load.d/joulecheck-rapl.conf"].join("\n");
}
function dockerPowercapFlags() {
  return `-v /sys/class/powercap:${HOST_SYS}/class/powercap:ro -v /sys/devices/virtual/powercap:${HOST_SYS}/devices/virtual/powercap:ro`;
}
function dockerRunFix() {
  return `docker run --gpus all ${dockerPowercapFlags()} IMAGE npx joulecheck doctor --powercap-root ${HOST_POWERCAP_ROOT}`;
}
function containerJobYaml(opts) {
  return [
    "jobs:",
    "  train:",
    "    runs-on: [self-hosted, gpu]",
    "    container:",
    "      image: IMAGE",
    `      options: --gpus all${opts.pidHost ? " --pid=host" : ""} ${dockerPowercapFlags()}`,
    "    steps:",
    "      - uses: OWNER/joulecheck@v1",
    "        with:",
    "          run: python train.py",
    `          powercap-root: ${HOST_POWERCAP_ROOT}`
  ].join("\n");
}
function exclusiveAttributionYaml(powercapRoot) {
  return [
    "- uses: OWNER/joulecheck@v1",
    "  with:",
    "    run: python train.py",
    ...powercapRoot ? [`    powercap-root: ${powercapRoot}`] : [],
    "    gpu-attribution: exclusive"
  ].join("\n");
}
function arcPodSpecYaml(gid) {
  const g = gid ?? "GID_OF_THE_POWERCAP_GROUP_ON_THE_NODE";
  return [
    "template:",
    "  spec:",
    "    securityContext:",
    "      runAsUser: 1001",
    "      runAsGroup: 1001",
    `      supplementalGroups: [${g}]`,
    "    containers:",
    "      - name: runner",
    "        image: ghcr.io/actions/actions-runner:latest",
    '        command: ["/home/runner/run.sh"]',
    "        resources:",
    "          limits:",
    "            nvidia.com/gpu: 1",
    "        volumeMounts:",
    "          - { name: powercap-class, mountPath: /host/sys/class/powercap, readOnly: true }",
    "          - { name: powercap-devices, mountPath: /host/sys/devices/virtual/powercap, readOnly: true }",
    "    volumes:",
    "      - { name: powercap-class, hostPath: { path: /sys/class/powercap, type: Directory } }",
    "      - { name: powercap-devices, hostPath: { path: /sys/devices/virtual/powercap, type: Directory } }"
  ].join("\n");
}
function hidepidFix(group) {
  return `sudo mount -o remount,hidepid=invisible,gid=${group} /proc   # and the runner user in '${group}'; or as the /proc line in /etc/fstab`;
}

// src/doctor/gpu.ts
var GPU_SENSOR_MODES = ["auto", "nvml", "nvidia-smi", "amdsmi", "rocm-smi", "none"];
var CONTAINER_GPU_FIX = "# the driver is not reachable from here: on a container, start it with the NVIDIA Container Toolkit\ndocker run --gpus all ...   # workflow: container.options: --gpus all; Kubernetes: resources.limits nvidia.com/gpu: 1\n# on the host: nvidia-smi must work (sudo modprobe nvidia; install the driver utilities)";
var SMI_NO_LIBRARY_FIX = "# nvidia-smi cannot load libnvidia-ml.so.1: put the driver's library directory on the loader's path\nldconfig -p | grep libnvidia-ml   # empty: the library is not in the loader's cache\nexport LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/nvidia/current:$LD_LIBRARY_PATH   # the directory holding libnvidia-ml.so.1 (Debian's path shown)";
var DRIVER_NOT_LOADED_FIX = "# the GPU is on the PCI bus but the NVIDIA kernel driver is not loaded\nlsmod | grep '^nvidia'   # empty: the module is not loaded\nsudo modprobe nvidia     # not installed: sudo apt-get install nvidia-driver (Debian non-free) or cuda-drivers (NVIDIA's repository)\n# bound to nouveau (lspci -k): blacklist nouveau, then reboot\n# in a container the host's /sys shows the GPU: start it with the NVIDIA Container Toolkit (docker run --gpus all ...)";
function gpuChecks(i) {
  const checks = [];
  if (i.mode === "none") {
    checks.push(check("gpu.sensor", "gpu", i.device ? "warn" : "ok", `GPU metering disabled (--gpu-sensor none)${i.device ? `, although a GPU is present (${i.device})` : ""}`, "--gpu-sensor auto   # (action input gpu-sensor: auto) to meter it"));
    return { checks, gpu: "absent", gpuInUse: false };
  }
  const nvml = i.nvml;
  const smi = i.smi;
  const smiWorks = smi?.available === true;
  const anyGpu = Boolean(i.device) || smiWorks || nvml?.ok === true;
  let verdict = "absent";
  let nvmlMeasures = false;
  if (nvml) {
    if (nvml.ok) {
      checks.push(check("gpu.nvml", "gpu", "ok", `NVML ${nvml.lib} initialised: driver ${nvml.driver ?? "unknown"}, ${nvml.gpus.length} GPU(s)`));
      for (const g of nvml.gpus) {
        const who = `GPU ${g.index} ${g.name} (${g.uuid})`;
        if (g.energyCounter) checks.push(check(`gpu.nvml.energy.${g.index}`, "gpu", "ok", `${who}: energy counter supported (nvmlDeviceGetTotalEnergyConsumption)`));
        else if (g.powerReadable)
          checks.push(check(`gpu.nvml.energy.${g.index}`, "gpu", "warn", `${who}: no energy counter (Volta and newer have one); power is polled and integrated, labelled 'polled power'`, "# nothing to change: this GPU generation has no energy counter; polled power is the best NVML gives"));
        else
          checks.push(check(`gpu.nvml.energy.${g.index}`, "gpu", "fail", `${who}: neither the energy counter nor power can be read through NVML`, `nvidia-smi -q -d POWER -i ${g.index}   # 'N/A' power here means the board reports none: its energy will be estimated`));
      }
      nvmlMeasures = nvml.gpus.length > 0 && nvml.gpus.every((g) => g.energyCounter || g.powerReadable);
      const mig = nvml.gpus.filter((g) => g.mig);
      checks.push(migCheck(mig.map((g) => g.index), i.powercapRoot));
      const noPersist = nvml.gpus.filter((g) => g.persistence === false);
      if (noPersist.length > 0)
        checks.push(
          check(
            "gpu.persistence",
            "gpu",
            "warn",
            `persistence mode off on GPU ${noPersist.map((g) => g.index).join(", ")}: the driver may unload between jobs (the energy counter restarts, the first reading of each step is slow)`,
            "sudo systemctl enable --now nvidia-persistenced   # or: sudo nvidia-smi -pm 1"
          )
        );
      else if (nvml.gpus.some((g) => g.persistence === true)) checks.push(check("gpu.persistence", "gpu", "ok", "persistence mode on"));
    } else {
      const e = nvml.error;
      const what = e ? `${e.name} (${e.code}): ${e.meaning}` : "unknown error";
      const fix = e?.fix ?? `--nvml-lib PATH   # the path of libnvidia-ml.so.1 if it is not on the loader's path`;
      if (i.mode === "nvml") checks.push(check("gpu.nvml", "gpu", "fail", `NVML ${nvml.lib} not usable: ${what}`, fix));
      else if (!anyGpu) checks.push(check("gpu.nvml", "gpu", "ok", `NVML ${nvml.lib} not loaded (${e?.name ?? "error"}): no NVIDIA driver on this machine`));
      else checks.push(check("gpu.nvml", "gpu", "warn", `NVML ${nvml.lib} not usable: ${what}; ${smiWorks ? "nvidia-smi polled power is used instead (no energy counter)" : "and nvidia-smi does not work either"}`, fix));
    }
  }
  if (nvmlMeasures) verdict = "measured";
  if (smi) {
    const sensor = !nvmlMeasures;
    if (smi.available) {
      const g = smi.gpus;
      const driver = g[0]?.driver ? `driver ${g[0].driver}, ` : "";
      const power = smi.fields.find((f) => f.startsWith("power.draw"));
      if (smi.status.kind === "measured")
        checks.push(check("gpu.nvidia-smi", "gpu", "ok", `nvidia-smi ${smi.bin}: ${driver}${g.length} GPU(s) (${[...new Set(g.map((x) => x.name))].join(", ")}); stream fields ${smi.fields.join(",")}${power ? `; power from ${power}` : ""}${sensor ? "" : " (fallback: NVML is the sensor)"}`));
      else
        checks.push(
          check("gpu.nvidia-smi", "gpu", sensor ? "fail" : "warn", smi.status.detail ?? "nvidia-smi reports no power", `nvidia-smi --query-gpu=index,name,power.draw --format=csv   # '[N/A]' or '[Not Supported]' means this board or driver reports no power; NVML (--gpu-sensor nvml) may still have the energy counter`)
        );
      if (smi.per_process === "pmon") checks.push(check("gpu.nvidia-smi.pmon", "gpu", "ok", "nvidia-smi pmon works: per-process SM % for attribution"));
      else
        checks.push(
          check(
            "gpu.nvidia-smi.pmon",
            "gpu",
            "warn",
            `nvidia-smi pmon unsupported here: ${smi.per_process === "compute-apps" ? "per-process GPU use from --query-compute-apps (which process holds a context; SM share unknown)" : "no per-process GPU source at all"}${sensor ? "" : " (only matters when NVML is not used)"}`,
            `# on a GPU dedicated to the job, credit the step with the GPU's whole energy:
${exclusiveAttributionYaml(null)}`
          )
        );
      if (!nvml?.ok) {
        const mig = g.filter((x) => smi.notes.some((n) => n.includes(`(${x.uuid}) is in MIG mode`))).map((x) => x.index);
        checks.push(migCheck(mig, i.powercapRoot));
      }
      if (sensor) verdict = smi.status.kind === "measured" ? "measured" : "estimated";
    } else if (smi.bin === null && !anyGpu) {
      checks.push(check("gpu.nvidia-smi", "gpu", "ok", `no NVIDIA GPU: ${smi.status.detail ?? "nvidia-smi not found"}`));
    } else {
      const noLib = /\(exit 12\b/.test(smi.status.detail ?? "");
      const fix = noLib ? SMI_NO_LIBRARY_FIX : smi.bin === null ? `${CONTAINER_GPU_FIX}
# or: --nvidia-smi /path/to/nvidia-smi` : CONTAINER_GPU_FIX;
      checks.push(check("gpu.nvidia-smi", "gpu", sensor && anyGpu ? "fail" : "warn", smi.status.detail ?? "nvidia-smi does not work", fix));
    }
  }
  if (verdict === "absent" && anyGpu) {
    const unloaded = i.driverNotLoaded === true && !smiWorks && nvml?.ok !== true;
    const why = unloaded ? ", the NVIDIA kernel driver is not loaded (no /proc/driver/nvidia/gpus entry, no /dev/nvidia0 node)" : "";
    checks.push(
      check("gpu.sensor", "gpu", "fail", `an NVIDIA GPU is present (${i.device ?? "found by a sensor"})${why} but no sensor reads its power: GPU energy will be ${smiWorks ? "estimated" : "missing"}`, unloaded ? DRIVER_NOT_LOADED_FIX : CONTAINER_GPU_FIX)
    );
    verdict = smiWorks ? "estimated" : "broken";
  }
  return { checks, gpu: verdict, gpuInUse: verdict === "measured" || verdict === "estimated" };
}
function migCheck(indices, powercapRoot) {
  if (indices.length === 0) return check("gpu.mig", "gpu", "ok", "MIG off");
  return check(
    "gpu.mig",
    "gpu",
    "warn",
    `MIG on for GPU ${indices.join(", ")}: power is per physical GPU and no per-process SM share is reported under MIG`,
    `# either credit the step with the whole GPU (it must be the only job on it):
${exclusiveAttributionYaml(powercapRoot)}
# or turn MIG off (no job may be running on it):
${indices.map((x) => `sudo nvidia-smi -i ${x} -mig 0`).join("\n")}`
  );
}

// src/doctor/facts.ts
import { readFileSync, readlinkSync, statSync } from "node:fs";
import { cpus, release, userInfo } from "node:os";
var INIT_PID_NS = "pid:[4026531836]";
function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function parseGroupFile(text2) {
  const out = [];
  for (const line of text2.split("\n")) {
    const f = line.split(":");
    if (f.length < 4 || !f[0] || !/^\d+$/.test(f[2])) continue;
    out.push({ name: f[0], gid: Number(f[2]), members: f[3].split(",").map((s) => s.trim()).filter(Boolean) });
  }
  return out;
}
function procMountOptions(mounts) {
  let opts = null;
  for (const line of mounts.split("\n")) {
    const f = line.split(" ");
    if (f[1] === "/proc" && f[2] === "proc") opts = (f[3] ?? "").split(",");
  }
  return opts;
}
function serviceFromCgroup(text2) {
  const m = /\/([^/\s]+\.service)(?:\/|$)/m.exec(text2);
  return m && m[1] !== "init.scope" ? m[1] : null;
}
function readHostFacts(env = process.env) {
  const uid = process.getuid?.() ?? -1;
  let user;
  try {
    user = userInfo().username;
  } catch {
    user = env.USER || `uid ${uid}`;
  }
  const root = hostRoot(env);
  const at = (p) => hostPath(root, p);
  const cpuinfo = read(at("/proc/cpuinfo")) ?? "";
  const vendorId = /^vendor_id\s*:\s*(\S+)/m.exec(cpuinfo)?.[1] ?? "";
  const vendor = vendorId === "GenuineIntel" ? "intel" : vendorId === "AuthenticAMD" || vendorId === "HygonGenuine" ? "amd" : "other";
  const dmi = (read(at("/sys/class/dmi/id/sys_vendor")) ?? "").trim();
  const product = (read(at("/sys/class/dmi/id/product_name")) ?? "").trim();
  let hypervisor = null;
  if (/^flags\s*:.*\bhypervisor\b/m.test(cpuinfo)) hypervisor = `the CPU reports the 'hypervisor' flag${dmi ? ` (${dmi}${product ? ` ${product}` : ""})` : ""}`;
  else if (/^(QEMU|KVM|Xen|Microsoft Corporation|VMware.*|Amazon EC2|Google|innotek GmbH)$/i.test(dmi) && !/metal/i.test(product)) hypervisor = `DMI vendor ${dmi} ${product}`.trim();
  let pidNs = null;
  try {
    pidNs = readlinkSync(at("/proc/self/ns/pid"));
  } catch {
  }
  const kubernetes = Boolean(env.KUBERNETES_SERVICE_HOST);
  let container = null;
  const kind = exists(at("/.dockerenv")) ? "docker" : exists(at("/run/.containerenv")) ? "podman" : null;
  if (kubernetes) container = "kubernetes (KUBERNETES_SERVICE_HOST is set)";
  else if (pidNs !== null && pidNs !== INIT_PID_NS) container = `${kind ? `${kind}, ` : ""}a PID namespace of its own (${pidNs})`;
  const groups = parseGroupFile(read("/etc/group") ?? "");
  return {
    uid,
    user,
    gids: [.../* @__PURE__ */ new Set([...process.getgroups?.() ?? [], process.getgid?.() ?? -1])].filter((g) => g >= 0),
    kernel: release(),
    vendor,
    cpuModel: readCpuModel(root),
    logicalCpus: Math.max(1, cpus().length),
    memTotalBytes: hostMemTotal(root),
    hypervisor,
    pidNs,
    container,
    kubernetes,
    service: serviceFromCgroup(read("/proc/self/cgroup") ?? ""),
    procOptions: procMountOptions(read("/proc/self/mounts") ?? ""),
    groups
  };
}
function exists(p) {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

// src/doctor/gpu-amd.ts
import { readdirSync, statSync as statSync2 } from "node:fs";
import { join as join3 } from "node:path";
function amdDeviceNodes(root) {
  const out = [];
  const add = (p) => {
    try {
      out.push({ path: p, gid: statSync2(join3(root, p)).gid });
    } catch {
    }
  };
  add("/dev/kfd");
  try {
    for (const e of readdirSync(join3(root, "/dev/dri")).sort()) if (e.startsWith("renderD")) add(`/dev/dri/${e}`);
  } catch {
  }
  return out;
}
function amdGroupsFix(user, groups) {
  return `sudo usermod -aG ${groups.join(",")} ${user}
# then restart the runner service so it picks up its new groups (sudo ./svc.sh stop && sudo ./svc.sh start); in a container: docker run --device /dev/kfd --device /dev/dri --group-add render --group-add video ...`;
}
function amdChecks(i) {
  const checks = [];
  let gpu = "absent";
  const p = i.probe;
  if (p) {
    for (const t of p.tried) {
      const title = t.kind === "amdsmi" ? "AMD SMI" : "ROCm SMI";
      const id = `gpu.amd.${t.kind}`;
      if (t.ok) checks.push(check(id, "gpu", "ok", `${title} ${t.path} initialised: ${p.gpus.length} GPU(s)`));
      else if (t.error) {
        const status = !i.required && i.nodes.length === 0 ? "ok" : i.required && !p.ok ? "fail" : "warn";
        const what = `${title} ${t.path} not usable: ${t.error.name}${t.error.code >= 0 ? ` (${t.error.code})` : ""}: ${t.error.meaning}`;
        checks.push(status === "ok" ? check(id, "gpu", "ok", `${what} (no AMD GPU device node here either: no AMD GPU)`) : check(id, "gpu", status, what, t.error.fix));
      }
    }
    if (p.ok) {
      const title = p.kind === "amdsmi" ? "amdsmi_get_energy_count" : "rsmi_dev_energy_count_get";
      let measured = 0;
      for (const g of p.gpus) {
        const who = `GPU ${g.index} ${g.name} (${g.uuid})`;
        if (g.energyCounter) {
          measured++;
          checks.push(check(`gpu.amd.energy.${g.index}`, "gpu", "ok", `${who}: energy counter readable (${title}, ${g.resolutionUj} \xB5J per count)`));
        } else if (g.powerReadable) {
          measured++;
          checks.push(check(`gpu.amd.energy.${g.index}`, "gpu", "warn", `${who}: no energy counter; its power is polled (spikes between reads are missed)`, "nothing to fix on this GPU: the counter needs a gpu_metrics file with an energy accumulator (amdgpu on Instinct MI100 and newer); a newer kernel driver may add it"));
        } else checks.push(check(`gpu.amd.energy.${g.index}`, "gpu", "fail", `${who}: neither energy nor power readable: its energy will be estimated`, "check that the amdgpu driver exposes hwmon power (ls /sys/class/drm/card*/device/hwmon/*/power1_average) and that /sys is the host's"));
        if (g.partition) checks.push(check(`gpu.amd.partition.${g.index}`, "gpu", "warn", `${who} is in compute partition mode ${g.partition}: its power may be the whole GPU's`, "for exact figures, run the step on whole GPUs (SPX mode: amd-smi set --compute-partition SPX), or use gpu-attribution exclusive when the whole GPU is the job's"));
      }
      gpu = measured > 0 ? "measured" : "estimated";
    } else if (i.nodes.some((n) => n.path === "/dev/kfd")) gpu = "broken";
  }
  if (i.nodes.length > 0) {
    const missing = [...new Set(i.nodes.filter((n) => !i.gids.includes(n.gid)).map((n) => i.groups.find((g) => g.gid === n.gid)?.name ?? `gid ${n.gid}`))];
    const names = [.../* @__PURE__ */ new Set(["render", "video", ...missing.filter((m) => !m.startsWith("gid "))])];
    if (missing.length === 0) checks.push(check("gpu.amd.groups", "gpu", "ok", `${i.user} is in the groups of ${i.nodes.map((n) => n.path).join(", ")}`));
    else checks.push(check("gpu.amd.groups", "gpu", "warn", `${i.user} is not in ${missing.join(", ")}, which own ${i.nodes.filter((n) => !i.gids.includes(n.gid)).map((n) => n.path).join(", ")}: ROCm programs of the step cannot open the GPU`, amdGroupsFix(i.user, names)));
  }
  return { checks, gpu };
}

// src/doctor/gpu-presence.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2, readlinkSync as readlinkSync2 } from "node:fs";
import { basename } from "node:path";
var NVIDIA_VENDOR = "0x10de";
function list(path) {
  try {
    return readdirSync2(path).sort();
  } catch {
    return [];
  }
}
function text(path) {
  try {
    return readFileSync2(path, "utf8").trim().toLowerCase();
  } catch {
    return null;
  }
}
function nvidiaPciGpus(root) {
  const base = hostPath(root, "/sys/bus/pci/devices");
  const out = [];
  for (const address of list(base)) {
    if (text(`${base}/${address}/vendor`) !== NVIDIA_VENDOR) continue;
    const pciClass = text(`${base}/${address}/class`);
    if (!pciClass?.startsWith("0x03")) continue;
    let driver = null;
    try {
      driver = basename(readlinkSync2(`${base}/${address}/driver`));
    } catch {
    }
    out.push({ address, pciClass, driver });
  }
  return out;
}
function nvidiaPresence(root) {
  const pci = nvidiaPciGpus(root);
  const procDir = hostPath(root, "/proc/driver/nvidia/gpus");
  const proc = list(procDir);
  if (proc.length > 0) return { evidence: `${procDir}/${proc[0]}`, driverLoaded: true, pci };
  const dev = hostPath(root, "/dev");
  const node = list(dev).find((e) => /^nvidia\d+$/.test(e));
  if (node) return { evidence: `${dev}/${node}`, driverLoaded: true, pci };
  const first = pci[0];
  if (first) return { evidence: `PCI ${first.address} (vendor ${NVIDIA_VENDOR}, class ${first.pciClass}, driver ${first.driver ?? "none"})`, driverLoaded: pci.some((g) => g.driver === "nvidia"), pci };
  return { evidence: null, driverLoaded: false, pci };
}

// src/doctor/load.ts
import { spawn } from "node:child_process";
import { readFileSync as readFileSync3 } from "node:fs";

// src/doctor/smi-query.ts
import { execFileSync } from "node:child_process";
function runQuery(bin, fields, env) {
  try {
    const text2 = execFileSync(bin, [`--query-gpu=${fields.join(",")}`, "--format=csv,noheader,nounits"], { env, timeout: 5e3, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const out = /* @__PURE__ */ new Map();
    for (const r of parseCsv(text2, { columns: fields }).rows) if (r[fields[0]]) out.set(r[fields[0]], parseReading(r[fields[1]]));
    return out;
  } catch {
    return null;
  }
}

// src/doctor/load.ts
function counterMovement(before, after, range) {
  if (before === null || after === null) return null;
  const d = after - before;
  return d >= 0 ? d : range > 0 ? d + range : null;
}
function readZone(path) {
  try {
    return parseCounter(readFileSync3(path, "latin1"));
  } catch {
    return null;
  }
}
function procBusy() {
  try {
    return parseProcStat(readFileSync3("/proc/stat", "latin1")).busy;
  } catch {
    return null;
  }
}
function cpuLoad(seconds) {
  const code = `const end = Date.now() + ${Math.round(seconds * 1e3)}; let x = 0; while (Date.now() < end) x += Math.sqrt(x + 1);`;
  return new Promise((resolve4) => {
    const c = spawn(process.execPath, ["-e", code], { stdio: "ignore" });
    c.on("error", () => resolve4());
    c.on("exit", () => resolve4());
  });
}
async function loadChecks(i) {
  const out = [];
  const zones = i.discovery.zones.filter((z) => z.counted).map((z) => ({ z, path: zonePath(i.discovery.root, z.id) }));
  const before = zones.map((x) => readZone(x.path));
  const busy0 = procBusy();
  const power = i.smi?.available ? i.smi.fields.find((f) => f.startsWith("power.draw")) : void 0;
  const gpu0 = power ? runQuery(i.smi.bin, ["uuid", power], i.env) : null;
  const t0 = performance.now();
  await cpuLoad(i.seconds);
  const gpu1 = power ? runQuery(i.smi.bin, ["uuid", power], i.env) : null;
  const s = (performance.now() - t0) / 1e3;
  const busy1 = procBusy();
  zones.forEach((x, k) => {
    const after = readZone(x.path);
    const moved = counterMovement(before[k], after, x.z.max_energy_range_uj);
    const comp = x.z.role === "dram" ? "dram" : "cpu";
    const id = `load.rapl.${x.z.id.replace(/:/g, "-")}`;
    if (moved === null) out.push(check(id, comp, "fail", `${x.path} could not be read before and after the load`, `cat ${x.path}`));
    else if (moved === 0)
      out.push(
        check(
          id,
          comp,
          "fail",
          `${x.z.id} (${x.z.name}): energy_uj stayed at ${before[k]} over ${s.toFixed(1)} s of CPU load: a frozen counter (some hypervisors and broken firmware expose one); a run would report 0 J as measured`,
          `cat ${x.path}; sleep 1; cat ${x.path}   # must differ
# if it does not: the counter is unusable here; point --powercap-root at an empty directory to get the labelled estimate instead`
        )
      );
    else out.push(check(id, comp, "ok", `${x.z.id} (${x.z.name}) moved ${(moved / 1e6).toFixed(3)} J over ${s.toFixed(1)} s of load (${(moved / 1e6 / s).toFixed(1)} W)`));
  });
  if (busy0 === null || busy1 === null) out.push(check("load.procfs", "processes", "fail", "/proc/stat could not be read", "mount -t proc proc /proc"));
  else if (busy1 <= busy0) out.push(check("load.procfs", "processes", "fail", `/proc/stat busy time did not move over ${s.toFixed(1)} s of CPU load`, "cat /proc/stat; sleep 1; cat /proc/stat   # the cpu line must grow"));
  else out.push(check("load.procfs", "processes", "ok", `/proc/stat busy time moved ${busy1 - busy0} ticks over ${s.toFixed(1)} s of load`));
  if (power && gpu0 && gpu1) {
    for (const g of i.smi.gpus) {
      const a = gpu0.get(g.uuid) ?? null;
      const b = gpu1.get(g.uuid) ?? null;
      const id = `load.gpu.${g.index}`;
      if (a === null || b === null) out.push(check(id, "gpu", "fail", `GPU ${g.index} (${g.uuid}): no ${power} reading before or after the load`, `nvidia-smi --query-gpu=uuid,${power} --format=csv -i ${g.index}`));
      else out.push(check(id, "gpu", "ok", `GPU ${g.index}: ${power} ${a} W before, ${b} W after the CPU load (doctor has no GPU workload of its own; run your job under joulecheck run to see it rise)`));
    }
  }
  return out;
}

// src/doctor/processes.ts
function processChecks(i) {
  const f = i.facts;
  const out = [];
  const hostNs = f.pidNs === INIT_PID_NS;
  if (f.pidNs === null) out.push(check("processes.pid-namespace", "processes", "warn", "cannot read /proc/self/ns/pid (no procfs?): the step's process tree cannot be walked", "mount -t proc proc /proc   # the meter reads /proc/<pid>/stat"));
  else if (hostNs) out.push(check("processes.pid-namespace", "processes", "ok", `host PID namespace (${f.pidNs}): not in a container${f.container ? ` (${f.container})` : ""}`));
  else out.push(check("processes.pid-namespace", "processes", "ok", `own PID namespace ${f.pidNs}: a container (${f.container ?? "unknown kind"}); the step's CPU share is still measured from this namespace's /proc and the machine's /proc/stat`));
  if (i.nsPids === null) out.push(check("processes.nspid", "processes", "warn", "no NSpid line in /proc/self/status (Linux < 4.1): host PIDs cannot be mapped into a container", "# use a kernel >= 4.1, or on a dedicated GPU: gpu-attribution: exclusive"));
  else out.push(check("processes.nspid", "processes", "ok", `NSpid available (this process: ${i.nsPids.join(" -> ")})`));
  if (i.gpuInUse) {
    if (i.gpuAttribution === "exclusive") out.push(check("processes.gpu-pids", "processes", "ok", "gpu-attribution exclusive: the step is credited with its GPUs' whole energy; PIDs are not needed"));
    else if (hostNs) out.push(check("processes.gpu-pids", "processes", "ok", "GPU processes are reported with host PIDs, which are this namespace's PIDs: per-process GPU attribution works"));
    else
      out.push(
        check(
          "processes.gpu-pids",
          "processes",
          "fail",
          `the GPU reports host PIDs, and this process lives in its own PID namespace (${f.pidNs}) that cannot see them: the step's GPU share would read as 0`,
          f.kubernetes ? `# a runner pod with dedicated GPUs: credit the step with the whole energy of the GPUs it sees
${exclusiveAttributionYaml(i.powercapRoot)}
# (or hostPID: true in the pod spec, which exposes every host process to the job)` : `# share the host's PID namespace (the job can then see every host process):
${containerJobYaml({ pidHost: true })}
# or, on GPUs dedicated to the job:
${exclusiveAttributionYaml(i.powercapRoot)}`
        )
      );
  }
  const hide = f.procOptions?.find((o) => o.startsWith("hidepid="));
  if (hide && !/^hidepid=(0|off)$/.test(hide)) {
    const gidOpt = f.procOptions?.find((o) => o.startsWith("gid="));
    const gid = gidOpt ? Number(gidOpt.slice(4)) : null;
    const exempt = f.uid === 0 || gid !== null && f.gids.includes(gid);
    if (exempt) out.push(check("processes.hidepid", "processes", "ok", `/proc is mounted with ${hide}${gidOpt ? `,${gidOpt}` : ""}, which does not hide processes from ${f.user}`));
    else {
      const group = (gid !== null ? f.groups.find((g) => g.gid === gid)?.name : void 0) ?? "proc";
      out.push(
        check(
          "processes.hidepid",
          "processes",
          "warn",
          `/proc is mounted with ${hide}: processes of other users are invisible to ${f.user}; the step's own tree is seen, but GPU processes and CPU time of other users cannot be identified (the machine totals from /proc/stat stay right)`,
          gid !== null ? `sudo usermod -aG ${group} ${f.user}   # the group /proc exempts (gid=${gid}); then restart the runner` : hidepidFix(group)
        )
      );
    }
  } else out.push(check("processes.hidepid", "processes", "ok", "/proc shows every process (no hidepid)"));
  return out;
}

// src/doctor/rapl.ts
import { readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
function probeZoneFiles(root, zones) {
  return zones.filter((z) => z.role === "package" || z.role === "dram").map((z) => {
    const path = zonePath(root, z.id);
    let read2;
    try {
      read2 = /^\s*\d+\s*$/.test(readFileSync4(path, "latin1")) ? "ok" : "garbage";
    } catch (e) {
      read2 = e.code ?? "EIO";
    }
    let mode = null;
    let uid = null;
    let gid = null;
    try {
      const st = statSync3(path);
      mode = st.mode & 511;
      uid = st.uid;
      gid = st.gid;
    } catch {
    }
    return { id: z.id, path, read: read2, mode, uid, gid };
  });
}
var DEFAULT_ROOT = "/sys/class/powercap";
function permissionFixFor(f, facts) {
  const octal = f.mode === null ? "?" : f.mode.toString(8).padStart(4, "0");
  const owner = f.gid === null ? "" : ` (owner uid ${f.uid}, group ${facts.groups.find((g) => g.gid === f.gid)?.name ?? f.gid})`;
  const groupReadable = f.mode !== null && (f.mode & 32) !== 0 && f.gid !== null && f.gid !== 0;
  const fileGroup = groupReadable ? facts.groups.find((g) => g.gid === f.gid) : void 0;
  const rootOnly = f.mode !== null && (f.mode & 36) === 0;
  const why = rootOnly ? `${f.path} is mode ${octal}${owner}: readable by root only, as every Linux since 5.10 (and its stable backports) makes it after CVE-2020-8694 (this kernel: ${facts.kernel}); this process runs as ${facts.user} (uid ${facts.uid})` : `${f.path} is mode ${octal}${owner} and ${facts.user} (uid ${facts.uid}) is not in a group that may read it`;
  if (facts.container) {
    const gid = fileGroup?.gid ?? (groupReadable ? f.gid : null);
    const hostSide = raplPermissionFix({ user: "RUNNER_USER_ON_THE_HOST", group: DEFAULT_RAPL_GROUP, createGroup: true, service: null }).split("\n").slice(0, 4);
    const give = facts.kubernetes ? arcPodSpecYaml(gid) : `docker run --group-add ${gid ?? "GID_OF_THE_POWERCAP_GROUP_ON_THE_HOST"} ...   # or in a workflow: container.options: --group-add ${gid ?? "GID"}`;
    return { why, fix: `# on the host:
${hostSide.join("\n")}
# then give this container the group:
${give}` };
  }
  if (fileGroup) {
    if (fileGroup.members.includes(facts.user)) return { why, fix: raplRestartFix(facts.user, fileGroup.name, facts.service) };
    return { why, fix: raplPermissionFix({ user: facts.user, group: fileGroup.name, createGroup: false, service: facts.service }) };
  }
  const existing = facts.groups.find((g) => g.name === DEFAULT_RAPL_GROUP);
  return { why, fix: raplPermissionFix({ user: facts.user, group: DEFAULT_RAPL_GROUP, createGroup: !existing, service: facts.service }) };
}
function rootHint(root) {
  return root === DEFAULT_ROOT ? "" : ` (--powercap-root ${root})`;
}
function raplChecks(input) {
  const { root, discovery: d, files, facts } = input;
  const checks = [];
  const cpuModel = cpuPowerModel(facts.cpuModel, facts.logicalCpus);
  const dramModel = dramPowerModel(facts.memTotalBytes);
  const cpuEstimate = `the CPU energy will be estimated: ${describeModel(cpuModel)}`;
  const dramEstimate = `the DRAM energy will be estimated: ${describeModel(dramModel)}`;
  if (d.zones.length === 0) {
    const what = `no RAPL zone under ${root}${rootHint(root)}`;
    if (facts.hypervisor) {
      checks.push(
        check(
          "rapl.driver",
          "cpu",
          "fail",
          `${what} and this is a virtual machine (${facts.hypervisor}): hypervisors rarely pass RAPL through${facts.container ? ` (and this process runs in ${facts.container})` : ""}; ${cpuEstimate}; ${dramEstimate}`,
          `# nothing to change in joulecheck: the estimate is labelled 'estimated' in every output.
# For measured CPU energy use a bare-metal runner (cloud '.metal' instances expose RAPL); on a hypervisor that does pass RAPL through:
${raplModuleFix()}`
        )
      );
    } else if (facts.container) {
      const fix = facts.kubernetes ? `${arcPodSpecYaml(null)}
# and in the workflow step: powercap-root: /host/sys/class/powercap` : `${dockerRunFix()}
# or, for a workflow job container:
${containerJobYaml({ pidHost: false })}`;
      checks.push(check("rapl.driver", "cpu", "fail", `${what}: this process runs in ${facts.container}, which does not see the host's powercap (Docker, Podman and Kubernetes mask /sys/devices/virtual/powercap); ${cpuEstimate}`, fix));
    } else {
      checks.push(check("rapl.driver", "cpu", "fail", `${what}: the RAPL driver is not loaded (or this CPU has none); ${cpuEstimate}`, raplModuleFix()));
    }
    return { checks, cpu: "estimated", dram: "estimated" };
  }
  checks.push(check("rapl.driver", "cpu", "ok", `RAPL driver loaded: ${d.zones.length} zone(s) under ${root}`));
  checks.push(layoutCheck(d));
  const fileOf = new Map(files.map((f) => [f.id, f]));
  const msr = d.zones.some((z) => z.role === "package" && !z.id.startsWith("intel-rapl-mmio"));
  const component = (role) => ({
    zones: d.zones.filter((z) => z.role === role && z.id.startsWith("intel-rapl-mmio") !== msr),
    counted: (role === "package" ? d.cpu : d.dram).kind === "measured"
  });
  const readCheck = (role, id, comp, estimate) => {
    const { zones, counted } = component(role);
    if (counted) {
      checks.push(check(id, comp, "ok", `${zones.filter((z) => z.counted).map((z) => `${z.id} (${z.name})`).join(", ")}: energy_uj readable by ${facts.user}; ${comp === "cpu" ? "CPU" : "DRAM"} energy will be measured`));
      return "measured";
    }
    const bad = zones.map((z) => fileOf.get(z.id)).filter((f) => f !== void 0 && f.read !== "ok");
    const denied = bad.filter((f) => f.read === "EACCES" || f.read === "EPERM");
    if (denied.length > 0) {
      const { why, fix } = permissionFixFor(denied[0], facts);
      const others = denied.length > 1 ? `; the same for ${denied.slice(1).map((f) => f.id).join(", ")}` : "";
      checks.push(check(id, comp, "fail", `${why}${others}; until fixed ${estimate}`, fix));
      return "estimated";
    }
    if (bad.length > 0) {
      checks.push(check(id, comp, "fail", `${bad.map((f) => `${f.path}: ${f.read === "garbage" ? "not a counter" : f.read}`).join("; ")}; ${estimate}`, `cat ${bad[0].path}   # should print an integer; if not, reload the driver: sudo modprobe -r intel_rapl_msr && sudo modprobe intel_rapl_msr`));
      return "estimated";
    }
    return "absent";
  };
  const cpuV = readCheck("package", "rapl.read.cpu", "cpu", cpuEstimate);
  let cpu = cpuV;
  if (cpuV === "absent") {
    const psys = d.zones.some((z) => z.role === "psys");
    checks.push(
      check("rapl.read.cpu", "cpu", "fail", `no RAPL package zone under ${root}${psys ? " (psys alone covers the whole platform and is not the CPU)" : ""}; ${cpuEstimate}`, `ls ${root}   # expect intel-rapl:0 with name package-0; if missing:
${raplModuleFix()}`)
    );
    cpu = "estimated";
  }
  let dram = readCheck("dram", "rapl.read.dram", "dram", dramEstimate);
  if (dram === "absent") {
    const amd = facts.vendor === "amd";
    checks.push(
      check(
        "rapl.read.dram",
        "dram",
        "warn",
        `no RAPL dram zone${amd ? ": AMD Zen exposes package and core only" : " (normal on most client and some server CPUs)"}; ${dramEstimate}`,
        `# nothing to fix on this CPU${amd ? " (AMD exposes no DRAM energy)" : ""}: DRAM stays estimated and labelled so; CPU ${cpu === "measured" ? "is measured" : "needs the fixes above"}`
      )
    );
    dram = "estimated";
  }
  return { checks, cpu, dram };
}
function layoutCheck(d) {
  const name = (z) => `${z.id} (${z.name})`;
  const pk = d.zones.filter((z) => z.role === "package" && !z.id.startsWith("intel-rapl-mmio"));
  const mmio = d.zones.filter((z) => z.id.startsWith("intel-rapl-mmio"));
  const drams = d.zones.filter((z) => z.role === "dram" && !z.id.startsWith("intel-rapl-mmio"));
  const psys = d.zones.filter((z) => z.role === "psys");
  const dies = pk.filter((z) => /-die-/.test(z.name));
  const parts = [
    pk.length > 0 ? `package: ${pk.map(name).join(", ")}${pk.length > 1 ? " summed" : ""}${dies.length > 0 ? ` (${dies.length} dies of multi-die packages, each counted once)` : ""}` : "no package zone",
    drams.length > 0 ? `dram: ${drams.map(name).join(", ")}${drams.length > 1 ? " summed" : ""}` : "no dram zone",
    ...psys.length > 0 ? [`psys: ${psys.map((z) => z.id).join(", ")} not summed (the platform zone contains the packages)`] : [],
    ...mmio.length > 0 ? [`${mmio.map((z) => z.id).join(", ")}: intel-rapl-mmio duplicates of the package counters, ${pk.length > 0 ? "not summed" : "used as the package counters (no MSR interface)"}`] : []
  ];
  return check("rapl.layout", "cpu", "ok", parts.join("; "));
}

// src/doctor/run.ts
async function runDoctor(o, extra = []) {
  return (await runDoctorProbes(o, extra)).report;
}
async function runDoctorProbes(o, extra = []) {
  const env = o.env ?? process.env;
  const facts = readHostFacts(env);
  const smiP = o.gpuSensor === "auto" || o.gpuSensor === "nvidia-smi" ? probeNvidiaSmi(o.nvidiaSmi, { env, timeoutMs: 5e3 }) : null;
  const nvml = o.gpuSensor === "auto" || o.gpuSensor === "nvml" ? probeNvml(o.nvmlLib ?? void 0) : null;
  const discovery = discoverRaplSync(o.powercapRoot);
  const rapl = raplChecks({ root: o.powercapRoot, discovery, files: probeZoneFiles(o.powercapRoot, discovery.zones), facts });
  const smi = smiP ? await smiP : null;
  const present = nvidiaPresence(hostRoot(env));
  const amdOnly = o.gpuSensor === "amdsmi" || o.gpuSensor === "rocm-smi";
  const nv = gpuChecks({ mode: amdOnly ? "none" : o.gpuSensor, nvml, smi, device: present.evidence, driverNotLoaded: present.evidence !== null && !present.driverLoaded, powercapRoot: o.powercapRoot === "/sys/class/powercap" ? null : o.powercapRoot });
  const amdProbe = o.gpuSensor === "auto" || amdOnly ? probeAmd({ which: amdOnly ? o.gpuSensor : "auto", amdSmiLib: o.amdSmiLib, rocmSmiLib: o.rocmSmiLib }) : null;
  const amd = o.gpuSensor === "none" ? null : amdChecks({ probe: amdProbe, required: amdOnly, nodes: amdDeviceNodes(hostRoot(env)), user: facts.user, gids: facts.gids, groups: facts.groups });
  const rank = ["absent", "broken", "estimated", "measured"];
  const verdict = amd && rank.indexOf(amd.gpu) > rank.indexOf(nv.gpu) ? amd.gpu : nv.gpu;
  const gpu = {
    checks: [...amdOnly ? [] : nv.checks, ...amd?.checks ?? []],
    gpu: verdict,
    gpuInUse: nv.gpuInUse || verdict === "measured" || verdict === "estimated"
  };
  const procs = processChecks({ facts, nsPids: readNsPids("self"), gpuInUse: gpu.gpuInUse, gpuAttribution: o.gpuAttribution, powercapRoot: o.powercapRoot === "/sys/class/powercap" ? null : o.powercapRoot });
  const load = o.loadSeconds !== null ? await loadChecks({ seconds: o.loadSeconds, discovery, smi: gpu.gpu === "measured" && !(nvml?.ok ?? false) ? smi : null, env }) : [];
  return {
    report: {
      schema: DOCTOR_SCHEMA,
      checks: [...rapl.checks, ...gpu.checks, ...procs, ...load, ...extra],
      components: { cpu: rapl.cpu, dram: rapl.dram, gpu: gpu.gpu }
    },
    smi
  };
}

// src/render/doctor.ts
var ORDER = ["cpu", "dram", "gpu", "processes", "github", "carbon"];
var MARK = { ok: "ok  ", warn: "WARN", fail: "FAIL" };
function indent(text2, pad) {
  return text2.split("\n").map((l) => pad + l).join("\n");
}
function verdictLine(r) {
  const c = r.components;
  return c ? `cpu ${c.cpu}, dram ${c.dram}, gpu ${c.gpu}` : "no machine checks";
}
function renderDoctorText(r) {
  const fails = r.checks.filter((c) => c.status === "fail").length;
  const warns = r.checks.filter((c) => c.status === "warn").length;
  const lines = [`joulecheck doctor: ${verdictLine(r)}; ${fails} failing, ${warns} warning(s), ${r.checks.length} checks`];
  for (const comp of ORDER) {
    const cs = r.checks.filter((c) => c.component === comp);
    if (cs.length === 0) continue;
    lines.push("", comp);
    for (const c of cs) lines.push(...renderCheck(c, sameFixAs(r, c)));
  }
  return lines.join("\n") + "\n";
}
function sameFixAs(r, c) {
  if (!c.fix) return null;
  const ordered = ORDER.flatMap((comp) => r.checks.filter((k) => k.component === comp));
  const first = ordered.find((k) => k.fix === c.fix);
  return first && first !== c ? first.id : null;
}
function renderCheck(c, same = null) {
  const out = [`  ${MARK[c.status]}  ${c.id}: ${c.detail}`];
  if (c.fix) out.push(same ? `        fix: the same as ${same}` : "        fix:", ...same ? [] : [indent(c.fix, "          ")]);
  return out;
}
function warningText(c, same = null) {
  return `joulecheck doctor ${c.id}: ${c.detail}
fix:${same ? ` the same as ${same}` : `
${c.fix ?? ""}`}`;
}
function sensorsLine(r, fixLink) {
  const c = r.components;
  const measured = c ? ["cpu", "dram", "gpu"].filter((k) => c[k] === "measured") : [];
  const estimated = c ? ["cpu", "dram", "gpu"].filter((k) => c[k] === "estimated" || c[k] === "broken") : [];
  const failing = r.checks.filter((k) => k.status === "fail").map((k) => `\`${k.id}\``);
  const parts = [
    `measured: ${measured.length > 0 ? measured.join(", ") : "nothing"}`,
    `estimated: ${estimated.length > 0 ? estimated.join(", ") : "nothing"}`
  ];
  const tail = failing.length > 0 ? `; ${failing.length} failing check(s) (${failing.join(", ")}), each with its fix in the step log; [how to fix](${fixLink})` : "";
  return `**Sensors**: ${parts.join("; ")}${tail}
`;
}

// src/accounting/merge.ts
var COMPS = ["cpu", "dram", "gpu"];
var uniq = (xs) => [...new Set(xs)];
function nodeCutShort(s) {
  return s.node?.footer === false;
}
function methodOf(nodes) {
  const kinds = nodes.map((n) => n.m.kind);
  const kind = kinds.includes("estimated") ? "estimated" : kinds.includes("measured") ? "measured" : "none";
  const label = (m) => `${m.kind}${m.sensor ? ` (${m.sensor})` : m.model ? ` (${m.model})` : ""}`;
  const labels = uniq(nodes.map((n) => label(n.m)));
  const first = nodes.find((n) => n.m.kind === kind)?.m ?? nodes[0].m;
  const out = { kind };
  if (first.sensor !== void 0) out.sensor = first.sensor;
  if (first.model !== void 0) out.model = first.model;
  const details2 = uniq(nodes.map((n) => n.m.detail).filter((d) => !!d));
  const parts = [];
  if (labels.length > 1) parts.push(`per node: ${nodes.map((n) => `${n.name} ${label(n.m)}`).join(", ")}`);
  if (details2.length === 1) parts.push(details2[0]);
  else if (details2.length > 1) parts.push(...nodes.filter((n) => n.m.detail).map((n) => `${n.name}: ${n.m.detail}`));
  if (parts.length) out.detail = parts.join("; ");
  return out;
}
function minIso(xs) {
  const t = xs.map((x) => Date.parse(x)).filter(Number.isFinite);
  return t.length ? new Date(Math.min(...t)).toISOString() : null;
}
function maxIso(xs) {
  const t = xs.map((x) => Date.parse(x)).filter(Number.isFinite);
  return t.length ? new Date(Math.max(...t)).toISOString() : null;
}
function entryOf(n) {
  const s = n.summary;
  if (!s) return { name: n.name, status: "missing", reason: n.problem ?? "no summary arrived from this node", ...n.log ? { log: n.log } : {} };
  const cut = nodeCutShort(s);
  const sensor = (m) => ({ kind: m.kind, ...m.sensor ? { sensor: m.sensor } : {}, ...m.model ? { model: m.model } : {} });
  const e = {
    name: n.name,
    status: cut ? "partial" : "ok",
    ...cut ? { reason: "its log has no footer: the meter was stopped before the end, energy up to its last sample only" } : {},
    sensors: { cpu: sensor(s.methods.cpu), dram: sensor(s.methods.dram), gpu: sensor(s.methods.gpu) },
    energy_j: { machine: { ...s.energy_j.machine }, attributed: { ...s.energy_j.attributed }, total: s.energy_j.total },
    started_at: s.started_at,
    ended_at: s.ended_at,
    duration_s: s.duration_s,
    exit_code: s.exit_code,
    signal: s.signal
  };
  if (s.host) e.hardware = { hostname: s.host.hostname, cpu_model: s.host.cpu_model, logical_cpus: s.host.logical_cpus, gpus: s.host.gpus.map((g) => g.name) };
  const log = n.log ?? s.log;
  if (log !== void 0) e.log = log;
  return e;
}
function mergeNodeSummaries(nodes, opts) {
  if (nodes.length === 0) throw new RangeError("no node to merge");
  const names = nodes.map((n) => n.name);
  const dup = names.find((x, i) => names.indexOf(x) !== i);
  if (dup !== void 0) throw new RangeError(`node '${dup}' is given twice: one log per node and run`);
  const have = nodes.filter((n) => n.summary !== null);
  if (have.length === 0) {
    throw new RangeError(`no node summary to merge: every node is missing (${nodes.map((n) => `${n.name}: ${n.problem ?? "no summary"}`).join("; ")})`);
  }
  const first = have[0].summary;
  const entries = nodes.map(entryOf);
  const missing = entries.filter((e) => e.status !== "ok").map((e) => e.name);
  const warnings = [];
  for (const e of entries) {
    if (e.status === "missing") warnings.push(`node ${e.name} is missing (${e.reason}): its energy is not in the totals, which are incomplete`);
    else if (e.status === "partial") warnings.push(`node ${e.name}: ${e.reason}; the totals are incomplete`);
  }
  const sum = (f) => have.reduce((a, n) => a + f(n.summary), 0);
  const comp = (which) => Object.fromEntries(COMPS.map((c) => [c, sum((s) => s.energy_j[which][c])]));
  const machine = comp("machine");
  const attributed = comp("attributed");
  const total = sum((s) => s.energy_j.total);
  const co2 = sum((s) => s.carbon.co2eq_g);
  const pues = uniq(have.map((n) => n.summary.pue));
  const attrSum = attributed.cpu + attributed.dram + attributed.gpu;
  const pue = pues.length === 1 ? pues[0] : attrSum > 0 ? Math.max(1, total / attrSum) : Math.max(...pues);
  if (pues.length > 1) warnings.push(`the nodes used different PUEs (${pues.join(", ")}): the job's PUE is their energy-weighted mean`);
  const starts = have.map((n) => n.summary.started_at);
  const ends = have.map((n) => n.summary.ended_at).filter((x) => x !== null);
  const startedAt = minIso(starts) ?? first.started_at;
  const endedAt = ends.length === have.length ? maxIso(ends) : null;
  const t0 = Date.parse(startedAt);
  const lastEnd = Math.max(...have.map((n) => {
    const s = n.summary;
    const e = s.ended_at !== null ? Date.parse(s.ended_at) : NaN;
    return Number.isFinite(e) ? e : Date.parse(s.started_at) + s.duration_s * 1e3;
  }));
  const duration = Number.isFinite(t0) && Number.isFinite(lastEnd) ? Math.max(0, (lastEnd - t0) / 1e3) : Math.max(...have.map((n) => n.summary.duration_s));
  const failedNode = have.find((n) => n.summary.signal !== null || n.summary.exit_code !== null && n.summary.exit_code !== 0);
  const unknownExit = have.some((n) => n.summary.exit_code === null && n.summary.signal === null);
  const exitCode = failedNode ? failedNode.summary.exit_code : unknownExit || missing.length > 0 ? null : 0;
  const signal = failedNode?.summary.signal ?? null;
  const regions = uniq(have.map((n) => n.summary.carbon.region));
  const kinds = uniq(have.map((n) => n.summary.carbon.intensity_kind));
  const totalKwh = total / 36e5;
  const carbon = {
    region: regions.length === 1 ? regions[0] : regions.join("+"),
    // the energy-weighted intensity of the job (each node's CO2eq over its own grid, summed)
    intensity_g_per_kwh: totalKwh > 0 ? co2 / totalKwh : first.carbon.intensity_g_per_kwh,
    intensity_kind: kinds.length === 1 ? kinds[0] : kinds.includes("realtime") ? "realtime" : first.carbon.intensity_kind,
    source: uniq(have.map((n) => n.summary.carbon.source)).join("; "),
    co2eq_g: co2
  };
  if (regions.length === 1) {
    for (const k of ["name", "country", "year", "warning"]) {
      const v = first.carbon[k];
      if (v !== void 0 && have.every((n) => n.summary.carbon[k] === v)) carbon[k] = v;
    }
  } else warnings.push(`the nodes ran on different grids (${regions.join(", ")}): CO2eq is summed over each node's own intensity`);
  const eff = have.filter((n) => n.summary.carbon.effective_intensity_g_per_kwh !== void 0);
  if (eff.length > 0 && totalKwh > 0) carbon.effective_intensity_g_per_kwh = co2 / totalKwh;
  const socials = have.map((n) => n.summary.carbon.social_cost);
  const s0 = socials[0];
  if (s0 && socials.every((s) => s && s.country === s0.country && s.currency === s0.currency && s.year === s0.year)) {
    const c = (k) => socials.reduce((a, s) => a + s.cost[k], 0);
    carbon.social_cost = { ...s0, per_tonne: { ...s0.per_tonne }, cost: { median: c("median"), low: c("low"), high: c("high") } };
  }
  for (const n of have) for (const w of n.summary.warnings ?? []) warnings.push(`node ${n.name}: ${w}`);
  const sumMachine = machine.cpu + machine.dram + machine.gpu;
  const every = (f) => {
    const xs = have.map((n) => f(n.summary));
    return xs.every((x) => x !== void 0) ? xs : null;
  };
  const actives = every((s) => s.energy_j.active);
  const usages = every((s) => s.usage);
  const loads = every((s) => s.other_load);
  const gpuLoads = loads?.map((o) => o.gpu).filter((x) => x !== null) ?? [];
  const extra = {
    ...usages ? {
      usage: {
        cpu_time_s: sum((s) => s.usage.cpu_time_s),
        gpu_sm_s: sum((s) => s.usage.gpu_sm_s),
        ...usages.every((u) => u.meter_cpu_s !== void 0) ? { meter_cpu_s: sum((s) => s.usage.meter_cpu_s) } : {}
      }
    } : {},
    ...loads ? {
      other_load: {
        cpu: sum((s) => s.other_load.cpu) / loads.length,
        gpu: gpuLoads.length > 0 ? gpuLoads.reduce((a, x) => a + x, 0) / gpuLoads.length : null
      }
    } : {}
  };
  const active = actives ? {
    active: {
      cpu: sum((s) => s.energy_j.active.cpu),
      dram: sum((s) => s.energy_j.active.dram),
      gpu: sum((s) => s.energy_j.active.gpu),
      total: sum((s) => s.energy_j.active.total)
    }
  } : {};
  const merged = {
    schema: first.schema,
    tool: { name: "joulecheck", version: opts.version },
    label: opts.label ?? first.label,
    repeat: opts.repeat ?? first.repeat,
    command: first.command,
    started_at: startedAt,
    ended_at: endedAt,
    duration_s: duration,
    exit_code: exitCode,
    signal,
    pue,
    energy_j: { machine, attributed, total, ...active },
    ...extra,
    methods: {
      cpu: methodOf(have.map((n) => ({ name: n.name, m: n.summary.methods.cpu }))),
      dram: methodOf(have.map((n) => ({ name: n.name, m: n.summary.methods.dram }))),
      gpu: methodOf(have.map((n) => ({ name: n.name, m: n.summary.methods.gpu })))
    },
    carbon,
    power_w: { mean: duration > 0 ? total / duration : 0, machine_mean: duration > 0 ? sumMachine / duration : 0 },
    samples: sum((s) => s.samples ?? 0),
    warnings,
    nodes: entries,
    node_count: nodes.length,
    ...missing.length > 0 ? { incomplete: true, missing_nodes: missing } : {}
  };
  const hosts = have.filter((n) => n.summary.host);
  if (hosts.length > 0) {
    merged.host = {
      hostname: `${nodes.length} nodes: ${names.join(", ")}`,
      cpu_model: uniq(hosts.map((n) => n.summary.host.cpu_model)).join(" + "),
      logical_cpus: hosts.reduce((a, n) => a + n.summary.host.logical_cpus, 0),
      gpus: hosts.flatMap((n) => n.summary.host.gpus)
    };
  }
  if (first.interval_ms !== void 0) merged.interval_ms = first.interval_ms;
  if (first.git) merged.git = first.git;
  return merged;
}
function nodeCount(s) {
  return s.node_count ?? 1;
}
function nodeNotes(runs) {
  const counts = [...new Set(runs.map(nodeCount))].sort((a, b) => a - b);
  const nodes = counts.some((c) => c > 1) ? `${counts.join("/")} node${counts.length === 1 && counts[0] === 1 ? "" : "s"}` : null;
  const incomplete = runs.filter((s) => s.incomplete).map((s) => `run ${s.label}-${s.repeat} is incomplete: no full log from node${(s.missing_nodes ?? []).length === 1 ? "" : "s"} ${(s.missing_nodes ?? ["?"]).join(", ")}; its totals are a lower bound`);
  return { nodes, incomplete };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/render/markdown.ts
var DEFAULT_MAX_LENGTH = 65e3;
var VERDICT_LABEL = {
  regression: "\u{1F534} regression",
  improvement: "\u{1F7E2} improvement",
  no_significant_change: "\u26AA no significant change",
  inconclusive: "\u{1F7E1} inconclusive",
  not_enough_data: "\u26AB not enough data"
};
var FLAGGED = /* @__PURE__ */ new Set(["regression", "improvement"]);
function formatChange(m) {
  if (!m.change) return m.base.mean === 0 && (m.head.mean ?? 0) > 0 ? "from 0" : "\u2013";
  const c = m.change;
  const rel = signedPct(c.relative);
  if (c.method === "point" && c.ci_low === null) return rel;
  if (c.ci_low === null || c.ci_high === null) return `${rel} (CI unbounded)`;
  if (c.method === "point") return rel;
  return `${rel} (${signedPct(c.ci_low)} \u2026 ${signedPct(c.ci_high)})`;
}
function formatSide(m, side) {
  const s = m[side];
  if (s.n === 0) return "\u2013";
  const v = formatValue(m.unit, s.mean);
  return s.sd !== null && s.n > 1 ? `${v} \xB1 ${formatValue(m.unit, s.sd)}` : v;
}
function shortSha(sha) {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : escapeCode(sha, { maxLength: 40 });
}
function shas(side) {
  if (side.shas.length === 0) return "unknown commit";
  const shown = side.shas.slice(0, 3).map(shortSha).join(", ");
  return side.shas.length > 3 ? `${shown} +${side.shas.length - 3} more` : shown;
}
function methodLabel(side, c) {
  const m = side.methods[c];
  const detail = m.sensors.length ? m.sensors : m.models;
  return `${m.kinds.join("/")}${detail.length ? ` (${detail.map((d) => escapeMarkdown(d, { maxLength: 40 })).join(", ")})` : ""}`;
}
function methodsLine(cmp) {
  const parts = ["cpu", "dram", "gpu"].map((c) => {
    const b = methodLabel(cmp.base, c);
    const h = methodLabel(cmp.head, c);
    return `${c.toUpperCase()} ${b === h ? b : `${b} \u2192 ${h}`}`;
  });
  return parts.join(" \xB7 ");
}
function metricName(m, cmp) {
  const comp = m.id === "energy_cpu" ? "cpu" : m.id === "energy_dram" ? "dram" : m.id === "energy_gpu" ? "gpu" : void 0;
  if (!comp) return m.name;
  const b = methodLabel(cmp.base, comp);
  const h = methodLabel(cmp.head, comp);
  return `${m.name}, ${b === h ? b : `${b} \u2192 ${h}`}`;
}
function table(rows) {
  return markdownTable(rows, { alignDelimiters: false });
}
function metricsTable(cmp, ms) {
  return table([
    ["Metric", `Base (n=${cmp.base.n})`, `Head (n=${cmp.head.n})`, `Change (${pctLevel(cmp)} CI)`, "p (Holm)", "Verdict"],
    ...ms.map((m) => [
      metricName(m, cmp),
      formatSide(m, "base"),
      formatSide(m, "head"),
      formatChange(m),
      pValue(m.p_adjusted),
      VERDICT_LABEL[m.verdict]
    ])
  ]);
}
function pctLevel(cmp) {
  return pct(cmp.confidence);
}
function testsTable(cmp) {
  const t = (x) => x ? `t = ${x.t.toFixed(2)}, df = ${sig(x.df)}, ${pText(x.p)}` : "\u2013";
  if (cmp.design === "paired") {
    return table([
      ["Metric", "Paired t-test (log ratios)", "Wilcoxon signed-rank", "p (Holm)", "Pairs needed"],
      ...cmp.metrics.map((m) => [
        m.name,
        t(m.tests.paired_t),
        m.tests.wilcoxon ? `W = ${sig(m.tests.wilcoxon.w)}, ${pText(m.tests.wilcoxon.p)} (${m.tests.wilcoxon.method})` : "\u2013",
        pValue(m.p_adjusted),
        m.runs_needed ? runsNeededText(m, cmp) : "\u2013"
      ])
    ]);
  }
  return table([
    ["Metric", "Welch's t-test", "Mann\u2013Whitney U", "Prediction interval", "p (Holm)", "Runs needed"],
    ...cmp.metrics.map((m) => [
      m.name,
      t(m.tests.welch),
      m.tests.mann_whitney ? `U = ${sig(m.tests.mann_whitney.u)}, ${pText(m.tests.mann_whitney.p)} (${m.tests.mann_whitney.method})` : "\u2013",
      t(m.tests.prediction),
      pValue(m.p_adjusted),
      m.runs_needed ? runsNeededText(m, cmp) : "\u2013"
    ])
  ]);
}
function runsNeededText(m, cmp) {
  const r = m.runs_needed;
  if (cmp.design === "paired") {
    const n2 = r.capped ? `more than ${r.per_side}` : `about ${r.per_side}`;
    const goal2 = r.goal === "detect" ? `to detect ${signedPct(r.effect).replace("+", "\xB1")}` : "to show it stays within the minimum effect";
    return `${n2} pairs (${r.more_head} more) would likely settle it (${pct(r.power, 0)} power ${goal2})`;
  }
  const n = r.capped ? `more than ${r.per_side}` : `about ${r.per_side}`;
  const more = r.more_base === r.more_head ? `${r.more_head} more each` : `${r.more_base} more base, ${r.more_head} more head`;
  const goal = r.goal === "detect" ? `to detect ${signedPct(r.effect).replace("+", "\xB1")}` : "to show it stays within the minimum effect";
  return `${n} runs per side (${more}) would likely settle it (${pct(r.power, 0)} power ${goal})`;
}
function headline(cmp) {
  const m = cmp.metrics.find((x) => x.id === cmp.headline.metric);
  const n = cmp.design === "paired" ? `${m.base.n} pair${m.base.n === 1 ? "" : "s"}` : `base n=${m.base.n}, head n=${m.head.n}`;
  const ci = m.change && m.change.ci_low !== null && m.change.ci_high !== null && m.change.method !== "point" ? `${pctLevel(cmp)} CI ${signedPct(m.change.ci_low)} \u2026 ${signedPct(m.change.ci_high)}, ` : "";
  const p = m.p_adjusted !== void 0 ? `${pText(m.p_adjusted)} after Holm, ` : "";
  const rel = m.change ? signedPct(m.change.relative) : "from 0";
  const me = `\xB1${pct(cmp.min_effect, 2)}`;
  const mark = VERDICT_LABEL[m.verdict].split(" ")[0];
  const [E, e] = m.id === "energy_active" ? ["Active energy", "active energy"] : ["Energy", "energy"];
  const held = m.held_by_other_load;
  switch (m.verdict) {
    case "regression":
      return `${mark} **${E} regression: ${rel}** (${ci}${p}${n})`;
    case "improvement":
      return `${mark} **${E} improvement: ${rel}** (${ci}${p}${n})`;
    case "no_significant_change":
      return `${mark} **No significant change in ${e}: ${rel}** (${ci}${p}${n}) \u2014 the interval lies within ${me}, an equivalence result`;
    case "inconclusive":
      if (held) {
        return `${mark} **${E} change inconclusive: other load on the runner** (${rel}, ${ci}${p}${n}) \u2014 over every pair ${held.verdict_all_pairs.replace(/_/g, " ")}, but pair${held.pairs.length === 1 ? "" : "s"} ${held.pairs.join(", ")} ran beside different load on the machine and the other pairs alone give ${held.verdict_unflagged.replace(/_/g, " ")} (see the warnings)`;
      }
      return `${mark} **${E} change inconclusive: ${rel}** (${ci}${p}${n})` + (m.runs_needed ? ` \u2014 ${runsNeededText(m, cmp)}` : "");
    case "not_enough_data":
      return cmp.design === "paired" ? `${mark} **Not enough data to compare energy** (${n}): the paired tests need at least 2 pairs with energy on both sides` : `${mark} **Not enough data to compare energy** (${n}): a test needs at least 2 runs on each side, or 1 run against at least 3`;
  }
}
function whichEnergyLine(cmp) {
  if (cmp.design !== "paired") return void 0;
  const attributed = cmp.metrics.find((x) => x.id === "energy_total");
  const active = cmp.metrics.find((x) => x.id === "energy_active");
  const change = (m) => m?.change ? `${signedPct(m.change.relative)}, ${VERDICT_LABEL[m.verdict]}` : VERDICT_LABEL[m?.verdict ?? "not_enough_data"];
  if (cmp.headline.metric === "energy_active") {
    return `The verdict is on the **active energy**: the step's share of the energy above the machine's idle power, which other load on the runner does not move. Attributed energy (the step's share of all the machine's energy, idle included): ${change(attributed)}.`;
  }
  return `The verdict is on the **attributed energy** (the step's share of all the machine's energy, idle included)` + (active ? `; active energy (above the machine's idle power): ${change(active)}.` : ".");
}
function explanationLine(cmp) {
  const e = cmp.explanation;
  const m = cmp.metrics.find((x) => x.id === "energy_total");
  if (!e || !m?.change || m.verdict === "not_enough_data") return void 0;
  const term = (j) => `${j >= 0 ? "+" : "\u2212"}${formatValue("J", Math.abs(j))}`;
  return `Why: dE \u2248 dP\xB7t + P\xB7dt \u2014 mean power ${signedPct(e.power_relative)} (${term(e.power_term_j)}), duration ${signedPct(e.duration_relative)} (${term(e.duration_term_j)})` + (Math.abs(e.interaction_j) > 0.05 * (Math.abs(e.power_term_j) + Math.abs(e.duration_term_j)) ? `, both together ${term(e.interaction_j)}` : "");
}
function abDescription(cmp) {
  const ab = cmp.ab;
  if (cmp.design !== "paired" || !ab) return void 0;
  return `same-job A/B, ${ab.pairs} pair${ab.pairs === 1 ? "" : "s"}, ${ab.order === "abba" ? "ABBA" : "alternating"}` + (ab.runner ? `, on ${escapeMarkdown(ab.runner, { maxLength: 80 })}` : "");
}
function metaLine(cmp) {
  const tested = cmp.metrics.filter((m) => m.p_adjusted !== void 0 && m.id !== "co2eq").length;
  const me = `\xB1${pct(cmp.min_effect, 2)}`;
  const ab = abDescription(cmp);
  if (ab !== void 0) {
    const warm = cmp.ab.warmup;
    return `<sub>${ab} \xB7 base ${shas(cmp.base)} vs head ${shas(cmp.head)}` + (warm > 0 ? ` \xB7 ${warm} warm-up run${warm === 1 ? "" : "s"} per side left out` : "") + ` \xB7 \u03B1 = ${cmp.alpha}, minimum effect ${me} \xB7 paired t-test on the log ratios (Wilcoxon signed-rank alongside) \xB7 ` + (tested > 0 ? `Holm-adjusted across ${tested} metrics \xB7 ` : "") + `CI: t on the mean log ratio \xB7 CO2eq at ${sig(cmp.carbon.intensity_g_per_kwh)} g/kWh (${escapeMarkdown(cmp.carbon.region, { maxLength: 60 })})</sub>`;
  }
  return `<sub>Base ${shas(cmp.base)} (n=${cmp.base.n}) vs head ${shas(cmp.head)} (n=${cmp.head.n}) \xB7 \u03B1 = ${cmp.alpha}, minimum effect ${me} \xB7 Welch's t-test (prediction interval for a single run) \xB7 ` + (tested > 0 ? `Holm-adjusted across ${tested} metrics \xB7 ` : "") + `CI: Fieller \xB7 CO2eq at ${sig(cmp.carbon.intensity_g_per_kwh)} g/kWh (${escapeMarkdown(cmp.carbon.region, { maxLength: 60 })})${cmp.carbon.restated ? ", restated for both sides" : ""}</sub>`;
}
function warningsBlock(cmp) {
  if (cmp.warnings.length === 0) return void 0;
  const shown = cmp.warnings.slice(0, 20).map((w) => `> - ${escapeMarkdown(w, { maxLength: 300 })}`);
  if (cmp.warnings.length > 20) shown.push(`> - \u2026 ${cmp.warnings.length - 20} more (see the JSON output)`);
  return ["> [!WARNING]", ...shown].join("\n");
}
function contextTable(cmp) {
  const b = cmp.base;
  const h = cmp.head;
  const list3 = (xs) => xs.length ? xs.map((x) => escapeMarkdown(x, { maxLength: 80 })).join(", ") : "\u2013";
  return table([
    ["", "Base", "Head"],
    ["Commits", shas(b), shas(h)],
    ["Refs", list3(b.refs), list3(h.refs)],
    ["Runs", String(b.n), String(h.n)],
    ...b.hardware.nodes || h.hardware.nodes ? [["Nodes", (b.hardware.nodes ?? [1]).join(", "), (h.hardware.nodes ?? [1]).join(", ")]] : [],
    ["CPU energy", methodLabel(b, "cpu"), methodLabel(h, "cpu")],
    ["DRAM energy", methodLabel(b, "dram"), methodLabel(h, "dram")],
    ["GPU energy", methodLabel(b, "gpu"), methodLabel(h, "gpu")],
    ["CPU", list3(b.hardware.cpu_models), list3(h.hardware.cpu_models)],
    ["GPUs", list3(b.hardware.gpus), list3(h.hardware.gpus)],
    ["GPU driver", list3(b.hardware.drivers), list3(h.hardware.drivers)],
    ["Region", list3(b.regions), list3(h.regions)],
    ["Intensity (g/kWh)", b.intensities_g_per_kwh.map((x) => sig(x)).join(", "), h.intensities_g_per_kwh.map((x) => sig(x)).join(", ")],
    ["PUE", b.pues.map((x) => sig(x)).join(", "), h.pues.map((x) => sig(x)).join(", ")],
    ["joulecheck", list3(b.tool_versions), list3(h.tool_versions)]
  ]);
}
function energyChart(cmp, maxPerSide) {
  const m = cmp.metrics.find((x) => x.id === "energy_total");
  const b = m.base.values.slice(-maxPerSide);
  const h = m.head.values.slice(-maxPerSide);
  if (b.length + h.length < 2) return void 0;
  const max = Math.max(...b, ...h);
  if (!(max > 0)) return void 0;
  const [unit, div] = max / 3600 >= 1e3 ? ["kWh", 36e5] : max / 3600 >= 0.01 ? ["Wh", 3600] : ["J", 1];
  const v = (x) => Number((x / div).toPrecision(4));
  const bOff = m.base.values.length - b.length;
  const hOff = m.head.values.length - h.length;
  const cats = [...b.map((_, i) => `"B${bOff + i + 1}"`), ...h.map((_, i) => `"H${hOff + i + 1}"`)];
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Energy per run (${unit}): base B1\u2026B${m.base.values.length}, head H1\u2026H${m.head.values.length}"`,
    `    x-axis [${cats.join(", ")}]`,
    `    y-axis "${unit}" 0 --> ${Number((v(max) * 1.1).toPrecision(3))}`,
    `    bar [${[...b, ...h].map(v).join(", ")}]`,
    "```"
  ].join("\n");
}
function runTable(cmp, rows) {
  const get = (id, side, i) => {
    const m = cmp.metrics.find((x) => x.id === id);
    return m && m[side].values.length === cmp[side].n ? m[side].values[i] ?? null : null;
  };
  return table([
    ["Side", "Run", "Commit", "Energy", "Duration", "Mean power", "CO2eq", "Exit", "Host"],
    ...rows.map(({ side, index }) => {
      const r = cmp[side].runs[index];
      return [
        side,
        `#${r.repeat}`,
        r.sha ? shortSha(r.sha) : "\u2013",
        formatValue("J", get("energy_total", side, index)),
        formatValue("s", get("duration", side, index)),
        formatValue("W", get("power_mean", side, index)),
        formatValue("g", get("co2eq", side, index)),
        r.exit_code === null ? "\u2013" : String(r.exit_code),
        r.hostname ? escapeMarkdown(r.hostname, { maxLength: 40 }) : "\u2013"
      ];
    })
  ]);
}
function pairTable(cmp) {
  const e = cmp.metrics.find((m) => m.id === cmp.headline.metric) ?? cmp.metrics.find((m) => m.id === "energy_total");
  if (cmp.design !== "paired" || !e?.pairs?.length) return void 0;
  const runs = cmp.ab?.runs ?? [];
  const run = (side, pair) => runs.find((r) => r.side === side && r.pair === pair);
  const hasTemp = runs.some((r) => r.state?.gpu_temp_c !== void 0);
  const hasClock = runs.some((r) => r.state?.sm_clock_mhz !== void 0);
  const hasIdle = runs.some((r) => r.state?.idle_w !== void 0);
  const hasLoad = runs.some((r) => r.other_load !== void 0);
  const hasGpuLoad = runs.some((r) => typeof r.other_load?.gpu === "number");
  const flagged = new Set(cmp.ab?.other_load?.flagged_pairs ?? []);
  const what = e.id === "energy_active" ? "active energy" : "energy";
  const both = (pair, f, fmt) => {
    const b = run("base", pair);
    const h = run("head", pair);
    const vb = b ? f(b) : void 0;
    const vh = h ? f(h) : void 0;
    return `${vb === void 0 ? "\u2013" : fmt(vb)} / ${vh === void 0 ? "\u2013" : fmt(vh)}`;
  };
  return table([
    [
      "Pair",
      "Order",
      `Base ${what}`,
      `Head ${what}`,
      "Head / base",
      ...hasLoad ? ["Other load, CPU % (B / H)"] : [],
      ...hasGpuLoad ? ["Other load, GPU % (B / H)"] : [],
      ...hasTemp ? ["GPU \xB0C (B / H)"] : [],
      ...hasClock ? ["SM MHz (B / H)"] : [],
      ...hasIdle ? ["Idle W (B / H)"] : []
    ],
    ...e.pairs.map((p, i) => {
      const k = i + 1;
      const b = run("base", k);
      const h = run("head", k);
      const order = b && h ? b.position < h.position ? "B H" : "H B" : "\u2013";
      return [
        String(k),
        order,
        formatValue("J", p.base),
        formatValue("J", p.head),
        p.base > 0 ? signedPct(p.head / p.base - 1) : "\u2013",
        ...hasLoad ? [both(k, (r) => r.other_load ? r.other_load.cpu * 100 : void 0, (x) => x.toFixed(0)) + (flagged.has(k) ? " \u26A0 differs" : "")] : [],
        ...hasGpuLoad ? [both(k, (r) => typeof r.other_load?.gpu === "number" ? r.other_load.gpu * 100 : void 0, (x) => x.toFixed(0))] : [],
        ...hasTemp ? [both(k, (r) => r.state?.gpu_temp_c, (x) => x.toFixed(0))] : [],
        ...hasClock ? [both(k, (r) => r.state?.sm_clock_mhz, (x) => x.toFixed(0))] : [],
        ...hasIdle ? [both(k, (r) => r.state?.idle_w, (x) => sig(x))] : []
      ];
    })
  ]);
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function perRunSection(cmp, budget) {
  const all = [
    ...cmp.base.runs.map((_, index) => ({ side: "base", index })),
    ...cmp.head.runs.map((_, index) => ({ side: "head", index }))
  ];
  const chart = energyChart(cmp, 50);
  const title = `Per-run values (${all.length} runs)`;
  const build = (rows, withChart) => {
    const left = all.length - rows.length;
    const parts = [withChart ? chart : void 0, rows.length ? runTable(cmp, rows) : void 0];
    if (left > 0) parts.push(`\u2026 ${left} more runs not shown to stay under GitHub's comment limit (see \`--format json\`).`);
    return details(title, parts.filter(Boolean).join("\n\n"));
  };
  let text2 = build(all, chart !== void 0);
  if (text2.length <= budget) return text2;
  const baseRows = all.filter((r) => r.side === "base");
  const headRows = all.filter((r) => r.side === "head");
  const pick = (k) => {
    const nb = Math.min(baseRows.length, Math.max(Math.ceil(k / 2), k - headRows.length));
    return [...baseRows.slice(0, nb), ...headRows.slice(0, Math.min(headRows.length, k - nb))];
  };
  for (const withChart of [chart !== void 0, false]) {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (build(pick(mid), withChart).length <= budget) lo = mid;
      else hi = mid - 1;
    }
    text2 = build(pick(lo), withChart);
    if (text2.length <= budget && lo > 0) return text2;
  }
  return void 0;
}
function heading(title, label) {
  return `### \u26A1 ${title !== void 0 ? escapeMarkdown(title, { maxLength: 200 }) : `joulecheck: energy of ${escapeCode(label, { maxLength: 100 })}`}`;
}
function markerLine(marker) {
  return marker !== void 0 ? [`<!-- ${escapeHtmlComment(marker).slice(0, 200)} -->`] : [];
}
function renderComparisonMarkdown(cmp, opts = {}) {
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  const top = cmp.metrics.filter((m) => m.id === cmp.headline.metric || FLAGGED.has(m.verdict));
  top.sort((a, b) => a.id === cmp.headline.metric ? -1 : b.id === cmp.headline.metric ? 1 : 0);
  const rest = cmp.metrics.filter((m) => !top.includes(m));
  const core = [
    ...markerLine(opts.marker),
    heading(opts.title, cmp.label),
    "",
    headline(cmp),
    "",
    ...whichEnergyLine(cmp) ? [whichEnergyLine(cmp), ""] : [],
    ...explanationLine(cmp) ? [explanationLine(cmp), ""] : [],
    `Energy: ${methodsLine(cmp)}`,
    "",
    metricsTable(cmp, top),
    "",
    ...pairTable(cmp) ? [pairTable(cmp), ""] : [],
    metaLine(cmp)
  ].join("\n");
  const optional = [
    warningsBlock(cmp),
    rest.length ? details(`Other metrics (${rest.length}), not flagged`, metricsTable(cmp, rest)) : void 0,
    details("Tests per metric", testsTable(cmp)),
    details("Context: commits, measurement methods, hardware, region", contextTable(cmp))
  ];
  const sep = "\n\n";
  let body = core;
  for (const part of optional) {
    if (part !== void 0 && body.length + sep.length + part.length <= maxLength) body += sep + part;
  }
  const perRun = perRunSection(cmp, maxLength - body.length - sep.length);
  if (perRun !== void 0) body += sep + perRun;
  return body.length <= maxLength ? body + "\n" : body.slice(0, maxLength);
}
function renderNoBaselineMarkdown(head, reason, opts = {}) {
  const label = head[0]?.label ?? "step";
  const n = head.length;
  const mean2 = (f) => {
    const xs = head.map(f).filter((x) => x !== void 0 && Number.isFinite(x));
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  };
  const methods = ["cpu", "dram", "gpu"].map((c) => {
    const kinds = [...new Set(head.map((s) => s.methods[c].kind))].join("/");
    const sensors = [...new Set(head.flatMap((s) => s.methods[c].sensor ? [s.methods[c].sensor] : []))];
    return `${c.toUpperCase()} ${kinds || "\u2013"}${sensors.length ? ` (${sensors.map((x) => escapeMarkdown(x, { maxLength: 40 })).join(", ")})` : ""}`;
  }).join(" \xB7 ");
  const shasList = [...new Set(head.flatMap((s) => s.git?.sha ? [s.git.sha] : []))];
  const region = [...new Set(head.map((s) => s.carbon.region))].map((r) => escapeMarkdown(r, { maxLength: 60 })).join(", ");
  const intensity = [...new Set(head.map((s) => s.carbon.intensity_g_per_kwh))].map((x) => sig(x)).join(", ");
  const nn = nodeNotes(head);
  const rows = [
    ["Metric", `Head (n=${n}${nn.nodes ? `, on ${nn.nodes}` : ""}), mean`],
    ["Energy (total, incl. PUE)", formatValue("J", mean2((s) => s.energy_j.total))],
    ["CO2eq", formatValue("g", mean2((s) => s.carbon.co2eq_g))],
    ["Duration", formatValue("s", mean2((s) => s.duration_s))],
    ["Mean power", formatValue("W", mean2((s) => s.power_w?.mean ?? (s.duration_s > 0 ? s.energy_j.total / s.duration_s : void 0)))]
  ];
  const body = [
    ...markerLine(opts.marker),
    heading(opts.title, label),
    "",
    `\u2139\uFE0F **No baseline yet: ${escapeMarkdown(reason.replace(/[.\s]+$/, ""), { maxLength: 500 })}.** Nothing was compared.` + (/\bmerge/i.test(reason) ? "" : " Merge to the base branch once (with this step metered) so later pull requests have runs to compare against."),
    "",
    table(rows),
    "",
    ...nn.incomplete.map((w) => `\u26A0\uFE0F **${escapeMarkdown(w, { maxLength: 300 })}.**
`),
    `<sub>Head ${shasList.length ? shasList.slice(0, 3).map(shortSha).join(", ") : "unknown commit"} \xB7 Energy: ${methods} \xB7 CO2eq at ${intensity} g/kWh (${region})</sub>`
  ].join("\n");
  const max = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  return body.length <= max ? body + "\n" : body.slice(0, max);
}

// src/analysis/stats/descriptive.ts
function mean(xs) {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}
function variance(xs) {
  const n = xs.length;
  if (n < 2) return NaN;
  const m = mean(xs);
  let ss = 0;
  let c = 0;
  for (const x of xs) {
    const d = x - m;
    ss += d * d;
    c += d;
  }
  return (ss - c * c / n) / (n - 1);
}
function sd(xs) {
  return Math.sqrt(variance(xs));
}

// src/analysis/stats/dist.ts
var import_stats_base_dists_normal_cdf = __toESM(require_lib57(), 1);
var import_stats_base_dists_normal_quantile = __toESM(require_lib62(), 1);
var import_stats_base_dists_t_cdf = __toESM(require_lib129(), 1);
var import_stats_base_dists_t_quantile = __toESM(require_lib139(), 1);
function tCdf(x, df) {
  return (0, import_stats_base_dists_t_cdf.default)(x, df);
}
function tQuantile(p, df) {
  return (0, import_stats_base_dists_t_quantile.default)(p, df);
}
function normalCdf(x) {
  return (0, import_stats_base_dists_normal_cdf.default)(x, 0, 1);
}
function normalQuantile(p) {
  return (0, import_stats_base_dists_normal_quantile.default)(p, 0, 1);
}
function tTwoSidedP(t, df) {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

// src/analysis/stats/holm.ts
function holm(ps) {
  const m = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = new Array(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    out[i] = running;
  });
  return out;
}

// src/analysis/stats/mann-whitney.ts
var EXACT_MAX_TOTAL = 50;
function rankSum(x, y) {
  const all = x.map((v, i2) => ({ v, fromX: true, i: i2 })).concat(y.map((v, i2) => ({ v, fromX: false, i: i2 })));
  all.sort((a, b) => a.v - b.v);
  let r13 = 0;
  let tieTerm = 0;
  let i = 0;
  while (i < all.length) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].v === all[i].v) j++;
    const t = j - i + 1;
    const avgRank = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) if (all[k].fromX) r13 += avgRank;
    if (t > 1) tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { r1: r13, tieTerm, ties: tieTerm > 0 };
}
function exactUCounts(n1, n2) {
  const maxU = n1 * n2;
  let prev = [];
  for (let n = 0; n <= n2; n++) {
    const a = new Float64Array(maxU + 1);
    a[0] = 1;
    prev.push(a);
  }
  for (let m = 1; m <= n1; m++) {
    const cur = [];
    const first = new Float64Array(maxU + 1);
    first[0] = 1;
    cur.push(first);
    for (let n = 1; n <= n2; n++) {
      const a = new Float64Array(maxU + 1);
      const left = prev[n];
      const down = cur[n - 1];
      for (let u = 0; u <= m * n; u++) a[u] = (u >= n ? left[u - n] : 0) + down[u];
      cur.push(a);
    }
    prev = cur;
  }
  return prev[n2];
}
function binomial(n, k) {
  let r = 1;
  for (let i = 1; i <= k; i++) r = r * (n - k + i) / i;
  return r;
}
function mannWhitneyU(x, y, opts = {}) {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 < 1 || n2 < 1) return null;
  const { r1: r13, tieTerm, ties } = rankSum(x, y);
  const u1 = r13 - n1 * (n1 + 1) / 2;
  const u2 = n1 * n2 - u1;
  const u = Math.max(u1, u2);
  let method = opts.method ?? "auto";
  if (method === "auto") method = !ties && n1 + n2 <= EXACT_MAX_TOTAL ? "exact" : "asymptotic";
  if (method === "exact") {
    if (n1 * n2 > 4e4) throw new RangeError(`exact Mann-Whitney for ${n1} x ${n2} values is too large`);
    const counts = exactUCounts(n1, n2);
    const total = binomial(n1 + n2, n1);
    const k = Math.ceil(u - 1e-9);
    let tail = 0;
    for (let i = k; i < counts.length; i++) tail += counts[i];
    return { u: u1, p: Math.min(1, 2 * tail / total), method };
  }
  const n = n1 + n2;
  const s2 = n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(s2 > 0)) return null;
  const continuity = opts.continuity ?? true;
  const z = (u - n1 * n2 / 2 - (continuity ? 0.5 : 0)) / Math.sqrt(s2);
  return { u: u1, p: Math.min(1, 2 * normalCdf(-z)), method };
}

// src/analysis/stats/power.ts
var DEFAULT_POWER = 0.8;
var MAX_RUNS_ESTIMATE = 1e3;
function runsPerSide(sigma, delta, alpha, power = DEFAULT_POWER) {
  if (!(delta > 0) || !Number.isFinite(sigma) || sigma < 0) return Infinity;
  if (sigma === 0) return minRunsForRankTest(alpha);
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const n = 2 * ((za + zb) * (sigma / delta)) ** 2 + za * za / 4;
  return Math.max(2, Math.ceil(n));
}
function minRunsForRankTest(alpha) {
  let c = 2;
  for (let n = 1; n < 64; n++) {
    if (2 / c < alpha) return Math.max(2, n);
    c = c * (2 * n + 1) * (2 * n + 2) / ((n + 1) * (n + 1));
  }
  return 64;
}

// src/analysis/stats/prediction.ts
var PREDICTION_MIN_N = 3;
function predictionTest(x, sample) {
  const n = sample.length;
  if (n < PREDICTION_MIN_N || !Number.isFinite(x)) return null;
  const s = sd(sample);
  if (!(s > 0) || !Number.isFinite(s)) return null;
  const t = (x - mean(sample)) / (s * Math.sqrt(1 + 1 / n));
  const df = n - 1;
  return { t, df, p: tTwoSidedP(t, df) };
}

// src/analysis/stats/ratio.ts
function fiellerRatio(h, vh, b, vb, df, level = 0.95) {
  const ratio = h / b;
  if (!(b > 0) || !Number.isFinite(ratio)) return { ratio, low: null, high: null };
  if (vh === 0 && vb === 0) return { ratio, low: ratio, high: ratio };
  const q = tQuantile(1 - (1 - level) / 2, df);
  const q2 = q * q;
  const a = b * b - q2 * vb;
  if (!(a > 0)) return { ratio, low: null, high: null };
  const disc = b * b * vh + h * h * vb - q2 * vh * vb;
  if (!(disc >= 0)) return { ratio, low: null, high: null };
  const half = q * Math.sqrt(disc);
  return { ratio, low: (h * b - half) / a, high: (h * b + half) / a };
}

// src/analysis/stats/welch.ts
function welchTTest(x, y) {
  const nx = x.length;
  const ny = y.length;
  if (nx < 2 || ny < 2) return null;
  const vx = variance(x) / nx;
  const vy = variance(y) / ny;
  const se2 = vx + vy;
  if (!(se2 > 0) || !Number.isFinite(se2)) return null;
  const t = (mean(x) - mean(y)) / Math.sqrt(se2);
  const df = se2 * se2 / (vx * vx / (nx - 1) + vy * vy / (ny - 1));
  if (!Number.isFinite(t) || !Number.isFinite(df)) return null;
  return { t, df, p: tTwoSidedP(t, df) };
}
function welchDf(va, na, vb, nb) {
  const s = va + vb;
  return s * s / (va * va / (na - 1) + vb * vb / (nb - 1));
}

// src/analysis/stats/paired.ts
function logRatios(base, head) {
  if (base.length !== head.length) throw new RangeError(`paired samples differ in length (${base.length} base, ${head.length} head)`);
  return base.map((b, i) => {
    const h = head[i];
    if (!(b > 0) || !(h > 0) || !Number.isFinite(b) || !Number.isFinite(h)) {
      throw new RangeError(`pair ${i + 1}: log ratio needs positive finite values, got base ${b}, head ${h}`);
    }
    return Math.log(h / b);
  });
}
function pairedTTest(d) {
  const n = d.length;
  if (n < 2) return null;
  const s = sd(d);
  if (!(s > 0) || !Number.isFinite(s)) return null;
  const t = mean(d) / (s / Math.sqrt(n));
  const df = n - 1;
  return { t, df, p: tTwoSidedP(t, df) };
}
function pairedChange(d, level = 0.95) {
  const n = d.length;
  if (n < 2) return null;
  const m = mean(d);
  const s = sd(d);
  const half = s > 0 ? tQuantile(1 - (1 - level) / 2, n - 1) * (s / Math.sqrt(n)) : 0;
  return { relative: Math.expm1(m), ci_low: Math.expm1(m - half), ci_high: Math.expm1(m + half), level };
}

// src/analysis/stats/paired-power.ts
var PAIRED_POWER = 0.8;
var MAX_PAIRS_ESTIMATE = 1e3;
function pairsNeeded(sigmaD, delta, alpha, power = PAIRED_POWER) {
  if (!(delta > 0) || !Number.isFinite(sigmaD) || sigmaD < 0) return Infinity;
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const n = ((za + zb) * (sigmaD / delta)) ** 2 + za * za / 2;
  return Math.max(2, Math.ceil(n));
}

// src/analysis/stats/trend.ts
function orderTrend(ys) {
  const n = ys.length;
  if (n < 3) return null;
  const mx = (n + 1) / 2;
  let my = 0;
  for (const y of ys) my += y;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  ys.forEach((y, i) => {
    const dx = i + 1 - mx;
    const dy = y - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  });
  if (!(syy > 0)) return null;
  const slope = sxy / sxx;
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const df = n - 2;
  const p = Math.abs(r) === 1 ? 0 : tTwoSidedP(r * Math.sqrt(df / ((1 - r) * (1 + r))), df);
  return { slope, intercept: my - slope * mx, r, p, df };
}

// src/analysis/stats/wilcoxon.ts
var WILCOXON_EXACT_MAX = 50;
function signedRankCounts(n) {
  const max = n * (n + 1) / 2;
  const c = new Float64Array(max + 1);
  c[0] = 1;
  for (let r = 1; r <= n; r++) {
    for (let k = r * (r + 1) / 2; k >= r; k--) c[k] += c[k - r];
  }
  return c;
}
function signedRanks(d) {
  const nz = d.filter((x) => x !== 0);
  const zeros = d.length - nz.length;
  const abs = nz.map((x, i2) => ({ a: Math.abs(x), pos: x > 0, i: i2 })).sort((p, q) => p.a - q.a);
  let rPlus = 0;
  let rMinus = 0;
  let tieTerm = 0;
  let i = 0;
  while (i < abs.length) {
    let j = i;
    while (j + 1 < abs.length && abs[j + 1].a === abs[i].a) j++;
    const t = j - i + 1;
    const avg = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) {
      if (abs[k].pos) rPlus += avg;
      else rMinus += avg;
    }
    if (t > 1) tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { rPlus, rMinus, n: nz.length, tieTerm, zeros };
}
function wilcoxonSignedRank(d, opts = {}) {
  if (d.some((x) => !Number.isFinite(x))) throw new RangeError("wilcoxonSignedRank: differences must be finite");
  const s = signedRanks(d);
  if (s.n === 0) return null;
  const w = Math.min(s.rPlus, s.rMinus);
  let method = opts.method ?? "auto";
  if (method === "auto") method = s.tieTerm === 0 && s.zeros === 0 && s.n <= WILCOXON_EXACT_MAX ? "exact" : "asymptotic";
  if (method === "exact") {
    if (s.n > WILCOXON_EXACT_MAX) throw new RangeError(`exact signed-rank test for ${s.n} differences is too large`);
    const counts = signedRankCounts(s.n);
    const total = 2 ** s.n;
    const hi = Math.floor(s.rPlus);
    const lo = Math.ceil(s.rPlus);
    let sf = 0;
    for (let k = hi; k < counts.length; k++) sf += counts[k];
    let cdf = 0;
    for (let k = 0; k <= lo && k < counts.length; k++) cdf += counts[k];
    return { w, p: Math.min(1, 2 * Math.min(sf, cdf) / total), method };
  }
  const n = s.n;
  const mn = n * (n + 1) / 4;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - s.tieTerm / 2) / 24);
  if (!(se > 0)) return null;
  const z = (s.rPlus - mn) / se;
  return { w, p: Math.min(1, 2 * normalCdf(-Math.abs(z))), method };
}

// src/analysis/other-load.ts
var OTHER_LOAD_THRESHOLD = 0.1;
function otherLoadOf(s) {
  return s.other_load ? { cpu: s.other_load.cpu, gpu: s.other_load.gpu } : void 0;
}
function otherLoadGap(a, b) {
  if (!a || !b) return void 0;
  const cpu = Math.abs(a.cpu - b.cpu);
  const gpu = a.gpu !== null && b.gpu !== null ? Math.abs(a.gpu - b.gpu) : 0;
  return Math.max(cpu, gpu);
}
function flaggedPairs(pairs, threshold = OTHER_LOAD_THRESHOLD) {
  const out = [];
  pairs.forEach((p, i) => {
    const gap = otherLoadGap(otherLoadOf(p.base), otherLoadOf(p.head));
    if (gap !== void 0 && gap > threshold) out.push(i);
  });
  return out;
}
var points = (x) => `${Math.round(x * 100)} %`;
function describeFlagged(pair, base, head) {
  const one = (side, r) => {
    const o = otherLoadOf(r.s);
    if (!o) return `${side} run ${r.n}: \u2013`;
    return `${side} run ${r.n}: ${points(o.cpu)} CPU${o.gpu !== null ? `, ${points(o.gpu)} GPU` : ""}`;
  };
  return `pair ${pair} (${one("base", base)}; ${one("head", head)})`;
}
function otherLoadWarning(base, head, threshold = OTHER_LOAD_THRESHOLD) {
  const side = (xs) => {
    const os = xs.map(otherLoadOf).filter((o) => o !== void 0);
    if (os.length === 0) return void 0;
    const g = os.map((o) => o.gpu).filter((x) => x !== null);
    return { cpu: mean(os.map((o) => o.cpu)), gpu: g.length === os.length ? mean(g) : null, n: os.length };
  };
  const b = side(base);
  const h = side(head);
  const gap = otherLoadGap(b, h);
  if (!b || !h || gap === void 0 || !(gap > threshold)) return null;
  const gpuGap = b.gpu !== null && h.gpu !== null && Math.abs(b.gpu - h.gpu) > Math.abs(b.cpu - h.cpu);
  const [what, vb, vh] = gpuGap ? ["GPU time", b.gpu, h.gpu] : ["CPU time", b.cpu, h.cpu];
  const busier = vh > vb ? "head" : "base";
  return `Other load on the runner: the ${busier} runs ran beside more of it (other processes kept ${points(vb)} of the machine's ${what} busy over the base runs, ${points(vh)} over the head runs, more than ${points(threshold)} apart): the attributed energy moves with it (the idle power is split by busy share), so part of the difference may be the neighbours'; the active energy does not.`;
}

// src/analysis/compare.ts
var DEFAULT_ALPHA = DEFAULTS.alpha.value;
var DEFAULT_MIN_EFFECT = DEFAULTS["min-effect"].value;
var MIN_INTERVALS = 10;
var CompareInputError = class extends Error {
  name = "CompareInputError";
};
var J_PER_KWH2 = 36e5;
var METRICS = [
  { id: "energy_total", name: "Energy (total, incl. PUE)", unit: "J", get: (s) => s.energy_j.total },
  { id: "energy_cpu", name: "CPU energy (attributed)", unit: "J", get: (s) => s.energy_j.attributed.cpu },
  { id: "energy_dram", name: "DRAM energy (attributed)", unit: "J", get: (s) => s.energy_j.attributed.dram },
  { id: "energy_gpu", name: "GPU energy (attributed)", unit: "J", get: (s) => s.energy_j.attributed.gpu },
  { id: "co2eq", name: "CO2eq", unit: "g", get: (s, i) => s.energy_j.total / J_PER_KWH2 * i },
  { id: "duration", name: "Duration", unit: "s", get: (s) => s.duration_s },
  {
    id: "power_mean",
    name: "Mean power",
    unit: "W",
    get: (s) => s.power_w?.mean ?? (s.duration_s > 0 ? s.energy_j.total / s.duration_s : void 0)
  }
];
var COMPONENT_METRICS = /* @__PURE__ */ new Set(["energy_cpu", "energy_dram", "energy_gpu"]);
function uniq2(xs) {
  return [...new Set(xs)];
}
function finiteOrNull(x) {
  return Number.isFinite(x) ? x : null;
}
function sideStats(values) {
  return {
    n: values.length,
    mean: values.length > 0 ? finiteOrNull(mean(values)) : null,
    sd: values.length > 1 ? finiteOrNull(sd(values)) : null,
    values
  };
}
function enoughRuns(nb, nh) {
  if (nb >= 2 && nh >= 2) return true;
  return Math.min(nb, nh) === 1 && Math.max(nb, nh) >= PREDICTION_MIN_N;
}
function analyse(base, head, level) {
  const nb = base.length;
  const nh = head.length;
  const notes = [];
  const tests = {};
  let primary;
  const mb = nb > 0 ? mean(base) : NaN;
  const mh = nh > 0 ? mean(head) : NaN;
  const vb = variance(base);
  const vh = variance(head);
  let change;
  let sigmaRel;
  if (nb >= 2 && nh >= 2) {
    const w = welchTTest(head, base);
    if (w) tests.welch = w;
    else notes.push("no spread on either side (identical values): Welch's t-test does not apply");
    const u = mannWhitneyU(head, base);
    if (u) tests.mann_whitney = u;
    primary = w ? { test: "welch", p: w.p } : u ? { test: "mann_whitney", p: u.p } : void 0;
    sigmaRel = mb > 0 ? Math.sqrt((vb + vh) / 2) / mb : void 0;
    if (mb > 0) {
      const varMeanH = vh / nh;
      const varMeanB = vb / nb;
      if (varMeanH + varMeanB === 0) {
        change = { relative: mh / mb - 1, ci_low: mh / mb - 1, ci_high: mh / mb - 1, level, method: "point" };
      } else {
        const r = fiellerRatio(mh, varMeanH, mb, varMeanB, welchDf(varMeanH, nh, varMeanB, nb), level);
        change = ciFrom(r, level, "fieller-welch");
      }
    }
  } else if (enoughRuns(nb, nh)) {
    const single = nh === 1;
    const sample = single ? base : head;
    const x = single ? head[0] : base[0];
    const p = predictionTest(x, sample);
    if (p) {
      tests.prediction = single ? p : { ...p, t: -p.t };
      primary = { test: "prediction", p: p.p };
    } else notes.push("the runs on one side are identical (no spread): no prediction interval");
    const s2 = single ? vb : vh;
    const n = sample.length;
    sigmaRel = mb > 0 ? Math.sqrt(s2) / mb : void 0;
    if (mb > 0) {
      if (s2 === 0) {
        change = { relative: mh / mb - 1, ci_low: mh / mb - 1, ci_high: mh / mb - 1, level, method: "point" };
      } else {
        const r = single ? fiellerRatio(mh, s2, mb, s2 / n, n - 1, level) : fiellerRatio(mh, s2 / n, mb, s2, n - 1, level);
        change = ciFrom(r, level, "fieller-prediction");
      }
    }
  } else if (nb > 0 && nh > 0 && mb > 0) {
    change = { relative: mh / mb - 1, ci_low: null, ci_high: null, level, method: "point" };
  }
  if (nb > 0 && nh > 0 && mb === 0 && mh === 0) {
    change = { relative: 0, ci_low: 0, ci_high: 0, level, method: "point" };
    notes.push("0 on both sides");
  } else if (nb > 0 && mb === 0) notes.push("the base mean is 0: no relative change");
  if (change && (change.ci_low === null || change.ci_high === null) && change.method !== "point") {
    notes.push("the confidence interval is unbounded: the base runs vary too much to bound a ratio");
  }
  return {
    base: sideStats(base),
    head: sideStats(head),
    ...change ? { change } : {},
    tests,
    ...primary ? { primary } : {},
    notes,
    enough: enoughRuns(nb, nh),
    ...sigmaRel !== void 0 && Number.isFinite(sigmaRel) ? { sigmaRel } : {}
  };
}
function ciFrom(r, level, method) {
  return {
    relative: r.ratio - 1,
    ci_low: r.low === null ? null : r.low - 1,
    ci_high: r.high === null ? null : r.high - 1,
    level,
    method
  };
}
function decide(a, pAdjusted, alpha, minEffect) {
  if (!a.enough) return "not_enough_data";
  const rel = a.change?.relative ?? ((a.head.mean ?? 0) > 0 && a.base.mean === 0 ? Infinity : void 0);
  if (pAdjusted !== void 0 && pAdjusted < alpha && rel !== void 0 && Math.abs(rel) >= minEffect) {
    return rel > 0 ? "regression" : "improvement";
  }
  const c = a.change;
  if (c && c.ci_low !== null && c.ci_high !== null && c.ci_low >= -minEffect && c.ci_high <= minEffect) {
    return "no_significant_change";
  }
  return "inconclusive";
}
function runsNeeded(a, alpha, minEffect) {
  if (a.sigmaRel === void 0 || !a.change) return void 0;
  const rel = Math.abs(a.change.relative);
  const goal = rel >= minEffect ? "detect" : "equivalence";
  const effect = goal === "detect" ? rel : minEffect - rel;
  const est = runsPerSide(a.sigmaRel, effect, alpha, DEFAULT_POWER);
  const capped = !(est <= MAX_RUNS_ESTIMATE);
  const perSide = Math.max(capped ? MAX_RUNS_ESTIMATE : est, Math.max(a.base.n, a.head.n) + 1);
  return {
    per_side: perSide,
    capped,
    more_base: Math.max(0, perSide - a.base.n),
    more_head: Math.max(0, perSide - a.head.n),
    effect: Number.isFinite(effect) ? effect : 0,
    power: DEFAULT_POWER,
    goal
  };
}
function describeMethod(kinds, sensors, models) {
  return `${kinds.join("/")}${sensors.length ? ` (${sensors.join(", ")})` : models.length ? ` (${models.join(", ")})` : ""}`;
}
function sideContext(runs, files) {
  const methods = (c) => ({
    kinds: uniq2(runs.map((s) => s.methods[c].kind)),
    sensors: uniq2(runs.flatMap((s) => s.methods[c].sensor ? [s.methods[c].sensor] : [])),
    models: uniq2(runs.flatMap((s) => s.methods[c].model ? [s.methods[c].model] : []))
  });
  const refs = runs.map((s, i) => ({
    repeat: s.repeat,
    label: s.label,
    ...s.git?.sha ? { sha: s.git.sha } : {},
    started_at: s.started_at,
    exit_code: s.exit_code,
    ...s.host?.hostname ? { hostname: s.host.hostname } : {},
    ...files?.[i] ? { file: files[i] } : {}
  }));
  return {
    n: runs.length,
    shas: uniq2(runs.flatMap((s) => s.git?.sha ? [s.git.sha] : [])),
    refs: uniq2(runs.flatMap((s) => s.git?.ref ? [s.git.ref] : [])),
    labels: uniq2(runs.map((s) => s.label)),
    runs: refs,
    methods: { cpu: methods("cpu"), dram: methods("dram"), gpu: methods("gpu") },
    hardware: {
      cpu_models: uniq2(runs.flatMap((s) => s.host ? [s.host.cpu_model] : [])),
      gpus: uniq2(runs.flatMap((s) => s.host ? [gpuList(s.host.gpus)] : [])).filter((g) => g !== ""),
      drivers: uniq2(runs.flatMap((s) => s.host?.gpus.flatMap((g) => g.driver ? [g.driver] : []) ?? [])),
      ...runs.some((s) => nodeCount(s) > 1) ? { nodes: uniq2(runs.map(nodeCount)) } : {}
    },
    regions: uniq2(runs.map((s) => s.carbon.region)),
    intensities_g_per_kwh: uniq2(runs.map((s) => s.carbon.intensity_g_per_kwh)),
    pues: uniq2(runs.map((s) => s.pue)),
    tool_versions: uniq2(runs.map((s) => s.tool.version))
  };
}
function gpuList(gpus) {
  const counts = /* @__PURE__ */ new Map();
  for (const g of gpus) counts.set(g.name, (counts.get(g.name) ?? 0) + 1);
  return [...counts].map(([name, k]) => k > 1 ? `${k}x ${name}` : name).join(" + ");
}
function sameSet(a, b) {
  const sa = new Set(a);
  return a.length > 0 && b.length > 0 ? sa.size === new Set(b).size && b.every((x) => sa.has(x)) : true;
}
function contextWarnings(base, head, b, h) {
  const w = [];
  const hw = [];
  if (!sameSet(b.hardware.cpu_models, h.hardware.cpu_models)) {
    hw.push(`CPU ${b.hardware.cpu_models.join(", ")} vs ${h.hardware.cpu_models.join(", ")}`);
  }
  if (!sameSet(b.hardware.gpus, h.hardware.gpus)) {
    hw.push(`GPU ${b.hardware.gpus.join(", ") || "none"} vs ${h.hardware.gpus.join(", ") || "none"}`);
  }
  if (!sameSet(b.hardware.drivers, h.hardware.drivers)) {
    hw.push(`driver ${b.hardware.drivers.join(", ")} vs ${h.hardware.drivers.join(", ")}`);
  }
  const nb = b.hardware.nodes ?? [1];
  const nh = h.hardware.nodes ?? [1];
  if (!sameSet(nb, nh)) hw.push(`${nb.join("/")} node(s) vs ${nh.join("/")} node(s)`);
  if (hw.length) w.push(`Base and head ran on different hardware (${hw.join("; ")}): not like for like.`);
  for (const [name, runs] of [["base", base], ["head", head]]) {
    for (const line of nodeNotes(runs).incomplete) w.push(`${name} ${line}: the comparison understates that side.`);
  }
  for (const side of [b, h]) {
    if (side.hardware.cpu_models.length > 1 || side.hardware.gpus.length > 1) {
      w.push(`The ${side === b ? "base" : "head"} runs themselves ran on different hardware: their spread includes it.`);
    }
  }
  for (const c of ["cpu", "dram", "gpu"]) {
    const mb = b.methods[c];
    const mh = h.methods[c];
    if (!sameSet(mb.kinds, mh.kinds) || !sameSet(mb.sensors, mh.sensors) || mb.kinds.length > 1 || mh.kinds.length > 1) {
      w.push(
        `${c.toUpperCase()} energy is ${describeMethod(mb.kinds, mb.sensors, mb.models)} on base but ${describeMethod(mh.kinds, mh.sensors, mh.models)} on head: not like for like.`
      );
    }
  }
  const cmd = (runs) => uniq2(runs.map((s) => s.command.join(" ")));
  if (!sameSet(cmd(base), cmd(head))) {
    const show = (xs) => xs.map((x) => x.length > 80 ? `${x.slice(0, 79)}\u2026` : x).join(" | ");
    w.push(`The command differs between base (${show(cmd(base))}) and head (${show(cmd(head))}).`);
  }
  if (!sameSet(b.pues, h.pues)) w.push(`PUE differs (base ${b.pues.join(", ")}, head ${h.pues.join(", ")}): the totals include it.`);
  if (!sameSet(b.regions, h.regions)) {
    w.push(`Grid regions differ (base ${b.regions.join(", ")}, head ${h.regions.join(", ")}).`);
  }
  for (const [name, runs] of [
    ["base", base],
    ["head", head]
  ]) {
    const short = runs.filter(
      (s) => s.interval_ms !== void 0 ? s.duration_s * 1e3 < MIN_INTERVALS * s.interval_ms : s.duration_s < 1
    );
    if (short.length) {
      const iv = short[0].interval_ms;
      w.push(
        `${short.length} ${name} run(s) lasted ${iv !== void 0 ? `fewer than ${MIN_INTERVALS} sampling intervals (${iv} ms)` : "under a second"}: the step is too short for the interval to measure its energy well.`
      );
    }
    const failed = runs.filter((s) => s.exit_code !== null && s.exit_code !== 0 || s.signal !== null);
    if (failed.length) {
      w.push(`${failed.length} ${name} run(s) failed (${failed.map((s) => `#${s.repeat}: ${s.signal ?? `exit ${s.exit_code}`}`).join(", ")}): their energy is not of a complete step.`);
    }
    const byMessage = /* @__PURE__ */ new Map();
    for (const s of runs) for (const m of s.warnings ?? []) byMessage.set(m, [...byMessage.get(m) ?? [], s.repeat]);
    const own = [...byMessage].map(([m, reps]) => `${name} run${reps.length > 1 ? "s" : ""} ${reps.join(", ")}: ${m}`);
    w.push(...own.slice(0, 10));
    if (own.length > 10) w.push(`${own.length - 10} more ${name} run warning(s) left out.`);
  }
  if (!sameSet(b.tool_versions, h.tool_versions)) {
    w.push(`Summaries come from different joulecheck versions (base ${b.tool_versions.join(", ")}, head ${h.tool_versions.join(", ")}).`);
  }
  const key = (s) => `${s.label}\0${s.repeat}\0${s.started_at}\0${s.git?.sha ?? ""}`;
  const baseKeys = new Set(base.map(key));
  if (head.some((s) => baseKeys.has(key(s)))) w.push("Some runs appear on both sides (same label, repeat, start and commit).");
  return w;
}
function compareSummaries(base, head, opts = {}) {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  const minEffect = opts.minEffect ?? DEFAULT_MIN_EFFECT;
  if (!(alpha > 0 && alpha < 1)) throw new CompareInputError(`alpha must be between 0 and 1 (exclusive), got ${alpha}`);
  if (!(minEffect >= 0 && Number.isFinite(minEffect))) {
    throw new CompareInputError(`min-effect must be a non-negative fraction such as 0.02, got ${minEffect}`);
  }
  let baseFiles = opts.files?.base;
  let headFiles = opts.files?.head;
  if (opts.label !== void 0) {
    const keep = (s) => s.label === opts.label;
    baseFiles = baseFiles?.filter((_, i) => keep(base[i]));
    headFiles = headFiles?.filter((_, i) => keep(head[i]));
    base = base.filter(keep);
    head = head.filter(keep);
  }
  if (base.length === 0 || head.length === 0) {
    const side = base.length === 0 ? "base" : "head";
    throw new CompareInputError(
      `no ${side} runs${opts.label !== void 0 ? ` with label '${opts.label}'` : ""}: nothing to compare`
    );
  }
  const labels = uniq2([...base, ...head].map((s) => s.label));
  if (labels.length > 1) {
    const count = (runs) => uniq2(runs.map((s) => s.label)).map((l) => `'${l}' (${runs.filter((s) => s.label === l).length})`).join(", ");
    throw new CompareInputError(
      `the summaries mix labels (base: ${count(base)}; head: ${count(head)}); pick one with --label`
    );
  }
  const allIntensities = uniq2([...base, ...head].map((s) => s.carbon.intensity_g_per_kwh));
  const restated = allIntensities.length > 1;
  const intensity = restated ? mean(head.map((s) => s.carbon.intensity_g_per_kwh)) : allIntensities[0];
  const region = uniq2(head.map((s) => s.carbon.region)).join(", ");
  const level = 1 - alpha;
  const analysed = [];
  for (const def of METRICS) {
    const pick = (runs) => runs.map((s) => def.get(s, intensity)).filter((v) => v !== void 0 && Number.isFinite(v));
    const b2 = pick(base);
    const h2 = pick(head);
    if ((COMPONENT_METRICS.has(def.id) || def.id === "co2eq") && b2.every((v) => v === 0) && h2.every((v) => v === 0)) continue;
    analysed.push({ def, a: analyse(b2, h2, level) });
  }
  const family = analysed.filter((m) => m.def.id !== "co2eq" && m.a.primary);
  const adjusted = holm(family.map((m) => m.a.primary.p));
  const pAdj = new Map(family.map((m, i) => [m.def.id, adjusted[i]]));
  const energyP = pAdj.get("energy_total");
  if (energyP !== void 0 && analysed.some((m) => m.def.id === "co2eq" && m.a.primary)) pAdj.set("co2eq", energyP);
  const metrics = analysed.map(({ def, a }) => {
    const p = pAdj.get(def.id);
    const verdict = decide(a, p, alpha, minEffect);
    const notes = [...a.notes];
    if (def.id === "co2eq") {
      notes.push(`at one intensity for both sides (${round(intensity)} g/kWh); tested as the energy total`);
    }
    if (a.primary && p !== void 0 && a.primary.p < alpha && p >= alpha) {
      notes.push(`p = ${a.primary.p.toPrecision(2)} before, ${p.toPrecision(2)} after Holm's correction across ${family.length} metrics`);
    }
    const rn = verdict === "inconclusive" ? runsNeeded(a, alpha, minEffect) : void 0;
    const { enough: _e, sigmaRel: _s, ...rest } = a;
    return {
      id: def.id,
      name: def.name,
      unit: def.unit,
      ...rest,
      ...p !== void 0 ? { p_adjusted: p } : {},
      verdict,
      ...rn ? { runs_needed: rn } : {},
      notes
    };
  });
  const b = sideContext(base, baseFiles);
  const h = sideContext(head, headFiles);
  const warnings = contextWarnings(base, head, b, h);
  const load = otherLoadWarning(base, head);
  if (load) warnings.push(load);
  if (restated) {
    warnings.push(
      `The runs used different carbon intensities (${allIntensities.map(round).join(", ")} g/kWh); CO2eq is restated at ${round(intensity)} g/kWh (head's mean) for both sides so that only energy moves it.`
    );
  }
  return finishComparison({
    design: "independent",
    label: labels[0],
    alpha,
    min_effect: minEffect,
    confidence: level,
    carbon: { region, intensity_g_per_kwh: intensity, restated },
    base: b,
    head: h,
    metrics,
    warnings
  });
}
function finishComparison(parts, headlineMetric = "energy_total") {
  const energy = parts.metrics.find((m) => m.id === headlineMetric);
  if (!energy) throw new Error(`a comparison needs the ${headlineMetric} metric`);
  const { design, label, alpha, min_effect, confidence, ...rest } = parts;
  const comparison = {
    schema: COMPARISON_SCHEMA,
    design,
    tool: { name: "joulecheck", version: VERSION },
    label,
    alpha,
    min_effect,
    confidence,
    headline: { metric: headlineMetric, verdict: energy.verdict },
    ...explain(parts.metrics),
    ...rest
  };
  return positiveZero(Comparison.parse(comparison));
}
function positiveZero(x) {
  if (typeof x === "number") return x === 0 ? 0 : x;
  if (Array.isArray(x)) return x.map(positiveZero);
  if (x !== null && typeof x === "object") {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, positiveZero(v)]));
  }
  return x;
}
function round(x) {
  return Math.round(x * 10) / 10;
}
function explain(metrics) {
  const p = metrics.find((m) => m.id === "power_mean");
  const t = metrics.find((m) => m.id === "duration");
  const pb = p?.base.mean;
  const ph = p?.head.mean;
  const tb = t?.base.mean;
  const th = t?.head.mean;
  if (pb == null || ph == null || tb == null || th == null || !(pb > 0) || !(tb > 0)) return {};
  return {
    explanation: {
      power_relative: ph / pb - 1,
      duration_relative: th / tb - 1,
      power_term_j: (ph - pb) * tb,
      duration_term_j: pb * (th - tb),
      interaction_j: (ph - pb) * (th - tb)
    }
  };
}

// src/render/svg/downsample.ts
function minMaxPerColumn(xs, ys, x0, x1, columns) {
  const n = Math.min(xs.length, ys.length);
  const cols = Math.max(1, Math.floor(columns));
  const span = x1 - x0;
  const segments = [];
  let seg = null;
  let col = -1;
  let iMin = -1;
  let iMax = -1;
  const flush = () => {
    if (seg === null || iMin < 0) return;
    const a = Math.min(iMin, iMax);
    const b = Math.max(iMin, iMax);
    seg.x.push(xs[a]);
    seg.y.push(ys[a]);
    if (b !== a) {
      seg.x.push(xs[b]);
      seg.y.push(ys[b]);
    }
    iMin = iMax = -1;
  };
  for (let i = 0; i < n; i++) {
    const y = ys[i];
    const x = xs[i];
    if (y === null || y === void 0 || !Number.isFinite(y) || !Number.isFinite(x)) {
      flush();
      if (seg !== null && seg.x.length > 0) segments.push(seg);
      seg = null;
      col = -1;
      continue;
    }
    const c = span > 0 ? Math.min(cols - 1, Math.max(0, Math.floor((x - x0) / span * cols))) : 0;
    if (seg === null) seg = { x: [], y: [] };
    if (c !== col) {
      flush();
      col = c;
    }
    if (iMin < 0 || y < ys[iMin]) iMin = i;
    if (iMax < 0 || y > ys[iMax]) iMax = i;
  }
  flush();
  if (seg !== null && seg.x.length > 0) segments.push(seg);
  return segments;
}

// src/render/svg/scale.ts
var CHART_CSS = "svg.chart{max-width:100%;height:auto}svg.chart text{font:11px system-ui,sans-serif;fill:#333}svg.chart .grid line{stroke:#e5e5e5}svg.chart .chart-title{font-weight:600;font-size:12px}";
function niceTicks(lo, hi, count = 5) {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const raw2 = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw2));
  const norm = raw2 / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const ticks = [];
  for (let v = start, i = 0; v <= end + step * 1e-9 && i < 100; i++, v = start + i * step) {
    ticks.push(Number(v.toPrecision(12)));
  }
  return { lo: start, hi: end, ticks };
}
function tickLabel(v) {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-3) return v.toExponential(1);
  return String(Number(v.toPrecision(4)));
}
function linear(d0, d1, r0, r13) {
  const k = d1 === d0 ? 0 : (r13 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

// src/render/svg/line-chart.ts
var MARGIN = { top: 28, right: 16, bottom: 62, left: 64 };
var LEGEND_ROW = 16;
var r1 = (v) => String(Math.round(v * 10) / 10);
function lineChart(spec) {
  const width = spec.width ?? 760;
  const pw = width - MARGIN.left - MARGIN.right;
  const legend = [];
  let lx = MARGIN.left;
  let row = 0;
  for (const s of spec.series) {
    const w = 30 + s.name.length * 6.2;
    if (lx + w > width - MARGIN.right && lx > MARGIN.left) {
      row++;
      lx = MARGIN.left;
    }
    legend.push({ s, x: lx, row, y: 0 });
    lx += w;
  }
  const height = (spec.height ?? 300) + row * LEGEND_ROW;
  const ph = height - MARGIN.top - MARGIN.bottom - row * LEGEND_ROW;
  for (const item of legend) item.y = MARGIN.top + ph + 48 + item.row * LEGEND_ROW;
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = spec.yFromZero === false ? Infinity : 0;
  let yMax = -Infinity;
  for (const s of spec.series) {
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i++) {
      const y = s.y[i];
      const x = s.x[i];
      if (y === null || y === void 0 || !Number.isFinite(y) || !Number.isFinite(x)) continue;
      if (x < xMin) xMin = x;
      if (x > xMax) xMax = x;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
    }
  }
  const title = spec.title;
  const head = html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">`;
  const titleEl = html`${spec.standalone ? html`<style>${raw(CHART_CSS)}</style><rect width="100%" height="100%" fill="#fff"/>` : ""}<text class="chart-title" x="${MARGIN.left}" y="18">${title}</text>`;
  if (xMax < xMin) {
    return html`${head}${titleEl}<text class="chart-empty" x="${width / 2}" y="${height / 2}" text-anchor="middle">no readings to draw</text></svg>`;
  }
  const xt = niceTicks(xMin, xMax, 6);
  const yt = niceTicks(yMin, yMax, 5);
  const x0 = xMin === xMax ? xt.lo : xMin;
  const x1 = xMin === xMax ? xt.hi : xMax;
  const sx = linear(x0, x1, MARGIN.left, MARGIN.left + pw);
  const sy = linear(yt.lo, yt.hi, MARGIN.top + ph, MARGIN.top);
  const xFmt = spec.xTickFormat ?? tickLabel;
  const parts = [head, titleEl];
  parts.push(html`<g class="grid">`);
  for (const v of yt.ticks) {
    const y = r1(sy(v));
    parts.push(html`<line x1="${MARGIN.left}" x2="${MARGIN.left + pw}" y1="${y}" y2="${y}"/>`);
    parts.push(html`<text class="tick" x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${tickLabel(v)}</text>`);
  }
  for (const v of xt.ticks) {
    if (v < x0 || v > x1) continue;
    const x = r1(sx(v));
    parts.push(html`<line x1="${x}" x2="${x}" y1="${MARGIN.top + ph}" y2="${MARGIN.top + ph + 4}"/>`);
    parts.push(html`<text class="tick" x="${x}" y="${MARGIN.top + ph + 16}" text-anchor="middle">${xFmt(v)}</text>`);
  }
  parts.push(html`</g>`);
  parts.push(html`<text class="axis-label" x="${MARGIN.left + pw / 2}" y="${MARGIN.top + ph + 32}" text-anchor="middle">${spec.xLabel}</text>`);
  parts.push(html`<text class="axis-label" transform="translate(14 ${MARGIN.top + ph / 2}) rotate(-90)" text-anchor="middle">${spec.yLabel}</text>`);
  spec.series.forEach((s) => {
    const segs = minMaxPerColumn(s.x, s.y, x0, x1, pw);
    let d = "";
    for (const seg of segs) {
      for (let i = 0; i < seg.x.length; i++) {
        d += `${i === 0 ? "M" : "L"}${r1(sx(seg.x[i]))} ${r1(sy(seg.y[i]))}`;
      }
      if (seg.x.length === 1) d += "h0.1";
    }
    if (d === "") return;
    const dash = s.dashed ? html` stroke-dasharray="5 3"` : "";
    parts.push(html`<path class="series" d="${d}" fill="none" stroke="${s.color}" stroke-width="1.5"${dash}><title>${s.name}</title></path>`);
    if (spec.dots) {
      for (const seg of segs) {
        for (let i = 0; i < seg.x.length; i++) {
          parts.push(html`<circle cx="${r1(sx(seg.x[i]))}" cy="${r1(sy(seg.y[i]))}" r="2.5" fill="${s.color}"/>`);
        }
      }
    }
  });
  for (const item of legend) {
    const dash = item.s.dashed ? html` stroke-dasharray="5 3"` : "";
    parts.push(html`<line x1="${item.x}" x2="${item.x + 18}" y1="${item.y - 4}" y2="${item.y - 4}" stroke="${item.s.color}" stroke-width="2"${dash}/>`);
    parts.push(html`<text class="legend" x="${item.x + 22}" y="${item.y}">${item.s.name}</text>`);
  }
  parts.push(html`</svg>`);
  return join2(parts);
}

// src/render/appendix/history.ts
var HISTORY_SCHEMA = "joulecheck/history@1";
var MAX_ENTRIES = 200;
var MAX_HISTORY_BYTES = 1024 * 1024;
var nonneg = () => external_exports.number().finite().nonnegative();
var HistoryEntry = external_exports.object({
  sha: external_exports.string().min(1).max(64),
  ref: external_exports.string().max(256).optional(),
  /** when the runs ended (latest), ISO 8601 */
  at: external_exports.string().max(64),
  n: external_exports.number().int().positive(),
  /** mean over the commit's runs: summary totals (PUE included), J */
  energy_j: nonneg(),
  co2eq_g: nonneg(),
  duration_s: nonneg(),
  kind: external_exports.enum(["measured", "estimated", "mixed", "none"]),
  region: external_exports.string().max(64)
});
var History = external_exports.object({
  schema: external_exports.literal(HISTORY_SCHEMA),
  label: external_exports.string().max(100),
  entries: external_exports.array(HistoryEntry).max(MAX_ENTRIES)
});
var HistoryError = class extends Error {
  name = "HistoryError";
};
function parseHistory(text2, name) {
  const bytes = Buffer.byteLength(text2);
  if (bytes > MAX_HISTORY_BYTES) {
    throw new HistoryError(`${name}: history is ${bytes} bytes, over the limit of ${MAX_HISTORY_BYTES}; it is not read (start a new one)`);
  }
  let json;
  try {
    json = JSON.parse(text2);
  } catch {
    throw new HistoryError(`${name}: history is not JSON (corrupt?); expected a ${HISTORY_SCHEMA} file`);
  }
  const schema = json?.schema;
  if (typeof schema === "string" && schema !== HISTORY_SCHEMA) {
    throw new HistoryError(`${name}: history is ${schema}; this tool reads ${HISTORY_SCHEMA}`);
  }
  const r = History.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new HistoryError(`${name}: not a valid ${HISTORY_SCHEMA} file: ${i ? `${i.path.join(".") || "(root)"}: ${i.message}` : "invalid"}`);
  }
  return r.data;
}
function emptyHistory(label) {
  return { schema: HISTORY_SCHEMA, label, entries: [] };
}
function appendHistory(h, runs, commit) {
  if (runs.length === 0) throw new HistoryError("no runs to add to the history");
  const other = runs.find((r) => r.label !== h.label);
  if (other) throw new HistoryError(`history is for label '${h.label}', got a run labelled '${other.label}'; keep one history per label`);
  const regions = [...new Set(runs.map((r) => r.carbon.region))];
  const entry = {
    sha: commit.sha,
    ...commit.ref !== void 0 ? { ref: commit.ref } : {},
    at: runs.map((r) => r.ended_at ?? r.started_at).sort().at(-1),
    n: runs.length,
    energy_j: mean(runs.map((r) => r.energy_j.total)),
    co2eq_g: mean(runs.map((r) => r.carbon.co2eq_g)),
    duration_s: mean(runs.map((r) => r.duration_s)),
    kind: mergeKinds(runs.map(runKind)),
    region: regions.join("+")
  };
  const entries = [...h.entries.filter((e) => e.sha !== commit.sha), entry].slice(-MAX_ENTRIES);
  return { ...h, entries };
}
function trendChart(h, metric, opts = {}) {
  const x = h.entries.map((_, i) => i);
  const sha = (v) => Number.isInteger(v) ? h.entries[v]?.sha.slice(0, 7) ?? "" : "";
  const common = { xLabel: "commit (oldest left)", xTickFormat: sha, dots: true, standalone: opts.standalone ?? false };
  if (metric === "energy") {
    return lineChart({
      ...common,
      title: `Energy per run, ${h.label}: mean per commit`,
      yLabel: "energy per run, kJ",
      series: [{ name: "energy (PUE incl.)", color: "#2471a3", x, y: h.entries.map((e) => e.energy_j / 1e3) }]
    });
  }
  return lineChart({
    ...common,
    title: `CO2eq per run, ${h.label}: mean per commit`,
    yLabel: "CO2eq per run, g",
    series: [{ name: "CO2eq", color: "#1e8449", x, y: h.entries.map((e) => e.co2eq_g) }]
  });
}
function historySection(h, problem) {
  if (problem) return html`<section id="history"><h2>History</h2><p class="warn">${problem}</p></section>`;
  if (!h || h.entries.length === 0) return null;
  const est = h.entries.filter((e) => e.kind !== "measured").length;
  return html`<section id="history"><h2>History of ${h.label} on the default branch</h2>
<p class="muted">${h.entries.length} commit(s), newest ${h.entries.at(-1).sha.slice(0, 12)}; each point is the mean of that commit's runs.
${est ? `${est} point(s) are estimated or mixed, not measured.` : "Every point was measured."} CO2eq also moves with the grid intensity used.</p>
<figure>${trendChart(h, "energy")}${trendChart(h, "co2eq")}</figure></section>`;
}

// src/accounting/statement.ts
var J_PER_KWH3 = 36e5;
function money(x) {
  const s = Math.abs(x) < 5e-3 ? 0 : x;
  return `${s < 0 ? "-" : ""}$${Math.abs(s).toFixed(2)}`;
}
function figureLabel(figure) {
  return figure === "GLOBAL" ? "global" : `${figure}-specific`;
}
function buildStatement(runs) {
  if (runs.length === 0) throw new Error("no runs to make a statement from");
  let co2 = 0;
  let joules = 0;
  const social = /* @__PURE__ */ new Map();
  const regions = /* @__PURE__ */ new Map();
  const pues = /* @__PURE__ */ new Map();
  const methods = { cpu: {}, dram: {}, gpu: {} };
  const warnings = /* @__PURE__ */ new Set();
  for (const { file, summary: s } of runs) {
    const c = s.carbon;
    co2 += c.co2eq_g;
    joules += s.energy_j.total;
    const sc = c.social_cost ?? socialCostFor(c.country ?? c.region, c.co2eq_g);
    if (sc) {
      const key = `${sc.country}|${sc.currency}|${sc.year}|${sc.per_tonne.median}|${sc.per_tonne.low}|${sc.per_tonne.high}`;
      const g = social.get(key) ?? {
        figure: sc.country,
        substitute_for: [],
        runs: 0,
        co2eq_g: 0,
        cost: { median: 0, low: 0, high: 0 },
        per_tonne: sc.per_tonne,
        source: sc.source
      };
      g.runs += 1;
      g.co2eq_g += c.co2eq_g;
      g.cost = { median: g.cost.median + sc.cost.median, low: g.cost.low + sc.cost.low, high: g.cost.high + sc.cost.high };
      if (sc.substitute_for && !g.substitute_for.includes(sc.substitute_for)) g.substitute_for.push(sc.substitute_for);
      social.set(key, g);
    } else warnings.add(`${file}: no social cost could be computed`);
    const rkey = `${c.region}|${c.intensity_g_per_kwh}|${c.intensity_kind}|${c.source}`;
    const r = regions.get(rkey) ?? {
      region: c.region,
      ...c.name ? { name: c.name } : {},
      intensity_g_per_kwh: c.intensity_g_per_kwh,
      kind: c.intensity_kind,
      ...c.year !== void 0 ? { year: c.year } : {},
      source: c.source,
      runs: 0
    };
    r.runs += 1;
    regions.set(rkey, r);
    pues.set(s.pue, (pues.get(s.pue) ?? 0) + 1);
    for (const comp of ["cpu", "dram", "gpu"]) {
      const m = s.methods[comp];
      const label = m.kind === "measured" ? `measured (${m.sensor ?? "sensor"})` : m.kind === "estimated" ? `estimated (${m.model ?? "model"})` : "none";
      methods[comp][label] = (methods[comp][label] ?? 0) + 1;
    }
    if (c.warning) warnings.add(c.warning);
  }
  const kg = co2 / 1e3;
  const kwh = joules / J_PER_KWH3;
  const groups = [...social.values()].sort((a, b) => b.co2eq_g - a.co2eq_g || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0));
  let costPhrase;
  if (groups.length === 0) costPhrase = "with no social cost of carbon available";
  else if (groups.length === 1) {
    const g = groups[0];
    costPhrase = `having a ${figureLabel(g.figure)} social cost of carbon of ${money(g.cost.median)} (${money(g.cost.low)}, ${money(g.cost.high)})`;
  } else {
    const sum = groups.reduce((a, g) => ({ median: a.median + g.cost.median, low: a.low + g.cost.low, high: a.high + g.cost.high }), {
      median: 0,
      low: 0,
      high: 0
    });
    costPhrase = `having a social cost of carbon of ${money(sum.median)} (${money(sum.low)}, ${money(sum.high)}), the sum of ${groups.map((g) => `${figureLabel(g.figure)} ${money(g.cost.median)} for ${g.runs} run${g.runs === 1 ? "" : "s"}`).join(" and ")}`;
  }
  const sentence = `This work contributed ${kg.toFixed(3)} kg of CO2eq to the atmosphere and used ${kwh.toFixed(3)} kWh of electricity, ${costPhrase}.`;
  for (const g of groups) {
    if (g.substitute_for.length) {
      warnings.add(
        `no country-specific social cost of carbon for ${g.substitute_for.join(", ")}: the ${figureLabel(g.figure)} figure is shown instead`
      );
    }
  }
  const nn = nodeNotes(runs.map((r) => r.summary));
  if (nn.nodes) warnings.add(`runs on ${nn.nodes}: each run's energy and CO2eq are summed over its nodes`);
  for (const line of nn.incomplete) warnings.add(line);
  return {
    runs: runs.length,
    co2eq_kg: kg,
    kwh,
    social: groups,
    sentence,
    regions: [...regions.values()].sort((a, b) => b.runs - a.runs || (a.region < b.region ? -1 : 1)),
    pues: [...pues.entries()].map(([value, n]) => ({ value, runs: n })).sort((a, b) => a.value - b.value),
    methods,
    warnings: [...warnings]
  };
}
function methodLine(m) {
  return Object.entries(m).map(([k, n]) => `${k} x${n}`).join(", ");
}
function formatStatement(st, format) {
  const md = format === "markdown";
  const lines = [];
  const h = (t) => lines.push(md ? `## ${t}` : `${t}
${"=".repeat(t.length)}`);
  const sub = (t) => lines.push("", md ? `**${t}**` : `${t}:`);
  const item = (t) => lines.push(md ? `- ${t}` : `  - ${t}`);
  h("Carbon impact statement");
  lines.push("", st.sentence, "");
  lines.push(`Aggregated over ${st.runs} run${st.runs === 1 ? "" : "s"}.`);
  sub("Regions and carbon intensity");
  for (const r of st.regions) {
    item(
      `${r.region}${r.name ? ` (${r.name})` : ""}: ${r.intensity_g_per_kwh.toFixed(1)} g CO2eq/kWh, ${r.kind}${r.year !== void 0 ? ` ${r.year}` : ""}, ${r.runs} run${r.runs === 1 ? "" : "s"}; source: ${r.source}`
    );
  }
  sub("Power usage effectiveness (PUE)");
  for (const p of st.pues) item(`${p.value}: ${p.runs} run${p.runs === 1 ? "" : "s"}`);
  sub("Energy measurement");
  for (const c of ["cpu", "dram", "gpu"]) item(`${c.toUpperCase()}: ${methodLine(st.methods[c])}`);
  sub("Social cost of carbon");
  for (const g of st.social) {
    item(
      `${figureLabel(g.figure)}: ${g.per_tonne.median} (${g.per_tonne.low}, ${g.per_tonne.high}) ${SOCIAL_COST.currency} of ${SOCIAL_COST.currency_year} per tonne CO2, median (16.7th, 83.3rd percentiles), ${g.runs} run${g.runs === 1 ? "" : "s"}${g.substitute_for.length ? `, substitute for ${g.substitute_for.join(", ")}` : ""}; source: ${g.source}`
    );
  }
  if (st.warnings.length) {
    sub("Caveats");
    for (const w of st.warnings) item(w);
  }
  lines.push(
    "",
    md ? '_Method: Henderson et al. (2020), "Towards the Systematic Reporting of the Energy and Carbon Footprints of Machine Learning", JMLR 21(248); CO2eq = PUE x attributed energy x grid intensity._' : "Method: Henderson et al. (2020), JMLR 21(248); CO2eq = PUE x attributed energy x grid intensity."
  );
  return lines.join("\n") + "\n";
}

// src/analysis/leaderboard.ts
function meanCi(values, confidence = 0.95) {
  const m = mean(values);
  if (values.length < 2) return { mean: m, sd: null, ci: null };
  const s = sd(values);
  const half = tQuantile(1 - (1 - confidence) / 2, values.length - 1) * (s / Math.sqrt(values.length));
  return { mean: m, sd: s, ci: { low: Math.max(0, m - half), high: m + half } };
}
function buildLeaderboard(summaries) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of summaries) {
    const g = groups.get(s.label);
    if (g) g.push(s);
    else groups.set(s.label, [s]);
  }
  const entries = [];
  for (const [label, runs] of groups) {
    const warnings = [];
    const values = runs.map((r) => r.energy_j.total);
    const e = meanCi(values);
    const c = meanCi(runs.map((r) => r.carbon.co2eq_g));
    const kind = mergeKinds(runs.map(runKind));
    if (kind === "mixed") warnings.push("some runs measured, some estimated: not like for like");
    const repeats = runs.map((r) => r.repeat);
    if (new Set(repeats).size < repeats.length) warnings.push("the same repeat number appears twice: runs from several sources share this label");
    const commands = new Set(runs.map((r) => JSON.stringify(r.command)));
    if (commands.size > 1) warnings.push(`${commands.size} different commands under this label`);
    const regions = new Set(runs.map((r) => r.carbon.region));
    if (regions.size > 1) warnings.push(`CO2eq mixes regions (${[...regions].join(", ")})`);
    if (runs.length < 2) warnings.push("one run: no confidence interval");
    const nn = nodeNotes(runs);
    if (nn.nodes) warnings.push(`on ${nn.nodes}${nn.nodes.includes("/") ? ": node counts differ between runs" : ""}`);
    const inc = runs.filter((r) => r.incomplete).length;
    if (inc) warnings.push(`${inc} run(s) incomplete (a node's log missing): lower bounds`);
    entries.push({
      rank: 0,
      label,
      n: runs.length,
      energy_j: { mean: e.mean, sd: e.sd, ci95: e.ci, values },
      co2eq_g: { mean: c.mean, ci95: c.ci },
      duration_s: { mean: mean(runs.map((r) => r.duration_s)) },
      kind,
      overlaps_next: false,
      warnings
    });
  }
  entries.sort((a, b) => a.energy_j.mean - b.energy_j.mean || a.label.localeCompare(b.label));
  entries.forEach((e, i) => {
    e.rank = i + 1;
    const next = entries[i + 1];
    if (next) {
      const hiA = e.energy_j.ci95?.high ?? Infinity;
      const loB = next.energy_j.ci95?.low ?? -Infinity;
      e.overlaps_next = hiA >= loB;
    }
  });
  return { schema: "joulecheck/leaderboard@1", confidence: 0.95, entries };
}

// src/render/svg/interval-chart.ts
var ROW_H = 26;
var LEFT = 180;
var RIGHT = 20;
var TOP = 30;
var BOTTOM = 44;
var r12 = (v) => String(Math.round(v * 10) / 10);
var clip = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
function intervalChart(spec) {
  const width = spec.width ?? 760;
  const height = TOP + BOTTOM + Math.max(1, spec.rows.length) * ROW_H;
  const title = spec.title;
  const head = html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">`;
  const titleEl = html`<text class="chart-title" x="8" y="18">${title}</text>`;
  const finite = (v) => Number.isFinite(v);
  let lo = 0;
  let hi = -Infinity;
  for (const r of spec.rows) {
    for (const v of [...r.values, r.mean, ...r.ci ? [r.ci.low, r.ci.high] : []]) {
      if (!finite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!finite(hi)) {
    return html`${head}${titleEl}<text class="chart-empty" x="${width / 2}" y="${height / 2}" text-anchor="middle">no values to draw</text></svg>`;
  }
  const t = niceTicks(lo, hi, 6);
  const sx = linear(t.lo, t.hi, LEFT, width - RIGHT);
  const bottom = TOP + spec.rows.length * ROW_H;
  const parts = [head, titleEl, html`<g class="grid">`];
  for (const v of t.ticks) {
    const x = r12(sx(v));
    parts.push(html`<line x1="${x}" x2="${x}" y1="${TOP}" y2="${bottom}"/>`);
    parts.push(html`<text class="tick" x="${x}" y="${bottom + 14}" text-anchor="middle">${tickLabel(v)}</text>`);
  }
  parts.push(html`</g>`);
  parts.push(html`<text class="axis-label" x="${LEFT + (width - RIGHT - LEFT) / 2}" y="${bottom + 32}" text-anchor="middle">${spec.xLabel}</text>`);
  spec.rows.forEach((r, i) => {
    const cy = TOP + i * ROW_H + ROW_H / 2;
    parts.push(html`<text class="row-label" x="${LEFT - 8}" y="${cy}" text-anchor="end" dominant-baseline="middle">${clip(r.name, 28)}<title>${r.name}</title></text>`);
    if (r.ci && finite(r.ci.low) && finite(r.ci.high)) {
      const a = r12(sx(r.ci.low));
      const b = r12(sx(r.ci.high));
      parts.push(html`<path class="ci" d="M${a} ${cy}H${b}M${a} ${cy - 5}V${cy + 5}M${b} ${cy - 5}V${cy + 5}" stroke="#444" fill="none"/>`);
    }
    if (finite(r.mean)) {
      const m = r12(sx(r.mean));
      parts.push(html`<path class="mean" d="M${m} ${cy - 8}V${cy + 8}" stroke="#c0392b" stroke-width="2.5" fill="none"><title>mean ${tickLabel(r.mean)}</title></path>`);
    }
    for (const v of r.values) {
      if (!finite(v)) continue;
      parts.push(html`<circle cx="${r12(sx(v))}" cy="${cy}" r="3.5" fill="#2471a3" fill-opacity="0.7"><title>${tickLabel(v)}</title></circle>`);
    }
  });
  parts.push(html`</svg>`);
  return join2(parts);
}

// src/render/leaderboard.ts
function energyIntervalChart(title, axis, rows) {
  const max = Math.max(0, ...rows.flatMap((r) => [...r.values, r.mean, r.ci?.high ?? 0]).filter(Number.isFinite));
  const [div, unit] = max >= 1e6 ? [1e6, "MJ"] : max >= 1e3 ? [1e3, "kJ"] : [1, "J"];
  return intervalChart({
    title,
    xLabel: `${axis}, ${unit}`,
    rows: rows.map((r) => ({
      name: r.name,
      values: r.values.map((v) => v / div),
      mean: r.mean / div,
      ci: r.ci ? { low: r.ci.low / div, high: r.ci.high / div } : null
    }))
  });
}
function ciText(ci, fmt) {
  return ci ? `${fmt(ci.low)} \u2013 ${fmt(ci.high)}` : "n/a (n < 2)";
}
var KIND_NOTE = `Energy per run is the summary total (PUE x attributed energy). 95% confidence intervals of the mean are t-based (df n-1). "\u2248 next" marks an interval that overlaps the next entry's: their order is not established.`;
function leaderboardMarkdown(board) {
  if (board.entries.length === 0) return "## Energy leaderboard\n\nNo runs found.\n";
  const rows = board.entries.map((e) => [
    String(e.rank) + (e.overlaps_next ? " \u2248 next" : ""),
    escapeMarkdown(e.label),
    String(e.n),
    `${formatEnergy(e.energy_j.mean)} (${e.kind})`,
    ciText(e.energy_j.ci95, formatEnergy),
    formatGrams(e.co2eq_g.mean),
    `${sig(e.duration_s.mean)} s`,
    escapeMarkdown(e.warnings.join("; "))
  ]);
  const table2 = markdownTable([
    ["Rank", "Experiment", "n", "Energy / run", "95% CI", "CO2eq / run", "Duration", "Notes"],
    ...rows
  ]);
  return `## Energy leaderboard

${table2}

${KIND_NOTE}
`;
}
function leaderboardHtml(board, title = "Energy leaderboard") {
  const rows = board.entries.map(
    (e) => `<tr><td>${e.rank}${e.overlaps_next ? ' <span class="tie" title="interval overlaps the next entry">\u2248</span>' : ""}</td><td>${escapeHtml(e.label)}</td><td>${e.n}</td><td class="num">${escapeHtml(formatEnergy(e.energy_j.mean))} <span class="kind kind-${e.kind}">${e.kind}</span></td><td class="num">${escapeHtml(ciText(e.energy_j.ci95, formatEnergy))}</td><td class="num">${escapeHtml(formatGrams(e.co2eq_g.mean))}</td><td class="num">${escapeHtml(sig(e.duration_s.mean))} s</td><td>${escapeHtml(e.warnings.join("; "))}</td></tr>`
  ).join("\n");
  const chart = energyIntervalChart(
    "Energy per run (dots), mean (bar) and 95% CI (whisker)",
    "energy per run",
    board.entries.map((e) => ({ name: e.label, values: e.energy_j.values, mean: e.energy_j.mean, ci: e.energy_j.ci95 }))
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${LEADERBOARD_CSS}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${board.entries.length === 0 ? "<p>No runs found.</p>" : `<table><thead><tr><th>Rank</th><th>Experiment</th><th>n</th><th>Energy / run</th><th>95% CI</th><th>CO2eq / run</th><th>Duration</th><th>Notes</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<figure>${chart}</figure>`}
<p class="note">${escapeHtml(KIND_NOTE)}</p>
</main></body></html>
`;
}
var LEADERBOARD_CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#222;margin:0;background:#fff}
main{max-width:1000px;margin:0 auto;padding:16px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}.kind{font-size:11px;padding:0 4px;border-radius:3px;background:#e8f1fa}
.kind-estimated,.kind-mixed{background:#fdebd0}.note{color:#555;font-size:12px}
${CHART_CSS}`;

// src/appendix/build.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join as join4, resolve as resolve3 } from "node:path";

// src/appendix/load.ts
import { stat as stat2 } from "node:fs/promises";
import { basename as basename2, dirname, resolve as resolve2 } from "node:path";

// src/render/appendix/series.ts
function powerSeries(header, samples) {
  const n = samples.length;
  const t = new Float64Array(n);
  const mk = (kind) => ({
    machine: new Float64Array(n).fill(Number.NaN),
    attributed: new Float64Array(n).fill(Number.NaN),
    kind
  });
  const cpu = mk(header.sensors.cpu.kind);
  const dram = mk(header.sensors.dram.kind);
  const gpu = mk(header.sensors.gpu.kind);
  const anyEstimated = cpu.kind === "estimated" || dram.kind === "estimated" || gpu.kind === "estimated";
  const models = anyEstimated ? estimateModels(header) : null;
  const memTotal = header.host.mem_total_bytes;
  const sCpu = cpuShares(samples.map((s) => s.tree), samples.map((s) => s.busy), samples.map((s) => s.t));
  for (let i = 0; i < n; i++) {
    const s = samples[i];
    t[i] = s.t;
    const dt = s.dt;
    let pc = Number.NaN;
    if (cpu.kind === "measured") pc = s.pkg === null ? Number.NaN : s.pkg / dt;
    else if (models && cpu.kind === "estimated") pc = modelPower(models.cpu, cpuUtil(s.busy, s.total));
    if (!Number.isNaN(pc)) {
      cpu.machine[i] = pc;
      cpu.attributed[i] = pc * sCpu[i];
    }
    let pd = Number.NaN;
    if (dram.kind === "measured") pd = s.dram === null ? Number.NaN : s.dram / dt;
    else if (models && dram.kind === "estimated") pd = modelPower(models.dram, memTotal > 0 ? s.used / memTotal : 0);
    if (!Number.isNaN(pd)) {
      dram.machine[i] = pd;
      dram.attributed[i] = pd * dramShare(s.rss, s.used);
    }
    if (gpu.kind !== "none" && s.gpu && s.gpu.length > 0) {
      let m = 0;
      let a = 0;
      let any = false;
      for (const g of s.gpu) {
        let w = Number.NaN;
        if (gpu.kind === "measured") w = g.j !== null ? g.j / dt : g.w ?? Number.NaN;
        else {
          const model = models?.gpu.get(g.u) ?? header.estimate?.gpu;
          if (model && g.util !== null) w = modelPower(model, g.util / 100);
        }
        if (Number.isNaN(w)) continue;
        any = true;
        m += w;
        a += w * gpuShare(g);
      }
      if (any) {
        gpu.machine[i] = m;
        gpu.attributed[i] = a;
      }
    }
  }
  return { t, cpu, dram, gpu };
}
function hasReadings(s) {
  for (let i = 0; i < s.machine.length; i++) if (!Number.isNaN(s.machine[i])) return true;
  return false;
}

// src/render/appendix/model.ts
function digestLog(log) {
  return {
    header: log.header,
    events: log.events,
    footer: log.footer,
    torn: log.torn,
    samples: log.samples.length,
    series: powerSeries(log.header, log.samples)
  };
}
var uniq3 = (xs) => [...new Set(xs)];
function buildAppendixModel(runs, opts) {
  const sorted = [...runs].sort(
    (a, b) => a.summary.label.localeCompare(b.summary.label) || a.summary.repeat - b.summary.repeat || a.source.localeCompare(b.source)
  );
  const warnings = [];
  const hosts = uniq3(sorted.map((r) => r.log?.header.host.hostname ?? r.summary.host?.hostname).filter((h) => !!h));
  const cpus2 = uniq3(sorted.map((r) => r.log?.header.host.cpu_model ?? r.summary.host?.cpu_model).filter((c) => !!c));
  const gpuMap = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    const gpus = r.log?.header.host.gpus ?? r.summary.host?.gpus ?? [];
    for (const g of gpus) {
      const key = `${g.name}\0${g.driver ?? ""}`;
      const e = gpuMap.get(key) ?? { name: g.name, driver: g.driver ?? null, uuids: /* @__PURE__ */ new Set() };
      e.uuids.add(g.uuid);
      gpuMap.set(key, e);
    }
  }
  const components = ["cpu", "dram", "gpu"].map((c) => {
    const methods = sorted.map((r) => r.summary.methods[c]);
    const fromRuns = uniq3(methods.map((m) => m.detail ?? "").filter((d) => d !== ""));
    const fromLogs = uniq3(sorted.map((r) => r.log?.header.sensors[c].detail ?? "")).filter(
      (d) => d !== "" && !fromRuns.some((r) => r.includes(d))
    );
    return {
      component: c,
      kind: mergeKinds(methods.map((m) => m.kind)),
      how: uniq3(methods.map((m) => m.sensor ?? m.model ?? "").filter((s) => s !== "")),
      details: [...fromRuns, ...fromLogs]
    };
  });
  if (cpus2.length > 1) warnings.push(`runs come from ${cpus2.length} different CPU models: energies are not like for like`);
  if (new Set([...gpuMap.values()].map((g) => g.name)).size > 1) warnings.push("runs come from different GPU models: energies are not like for like");
  const runRows = sorted.map((r) => {
    const s = r.summary;
    const kind = runKind(s);
    const w = [...s.warnings ?? [], ...r.warnings ?? []];
    if (r.log?.torn) w.push("the log's last line was torn (meter killed mid-write); it was skipped");
    if (r.log && r.log.footer === null) w.push("the log has no footer: the meter did not finish");
    for (const ev of r.log?.events ?? []) if (ev.level === "warning") w.push(`t=${ev.t}s: ${ev.message}`);
    return {
      label: s.label,
      repeat: s.repeat,
      source: r.source,
      started_at: s.started_at,
      duration_s: s.duration_s,
      exit: s.signal ? `signal ${s.signal}` : s.exit_code === null ? "unknown" : String(s.exit_code),
      energy_j: s.energy_j,
      methods: s.methods,
      kind,
      co2eq_g: s.carbon.co2eq_g,
      carbon: s.carbon,
      pue: s.pue,
      samples: r.log ? r.log.samples : s.samples ?? null,
      warnings: uniq3(w),
      series: r.log ? r.log.series : null
    };
  });
  const byLabel = /* @__PURE__ */ new Map();
  for (const r of runRows) {
    const g = byLabel.get(r.label);
    if (g) g.push(r);
    else byLabel.set(r.label, [r]);
  }
  const groups = [...byLabel].map(([label, rs]) => {
    const values = rs.map((r) => r.energy_j.total);
    const e = meanCi(values);
    return { label, n: rs.length, values, mean: e.mean, sd: e.sd, ci95: e.ci, kind: mergeKinds(rs.map((r) => r.kind)) };
  });
  const statement = sorted.length ? buildStatement(sorted.map((r) => ({ file: r.source, summary: r.summary }))) : null;
  return {
    title: opts.title ?? "Energy and carbon appendix",
    generated_at: (opts.now ?? /* @__PURE__ */ new Date()).toISOString(),
    tool_version: opts.toolVersion,
    hardware: {
      hosts,
      systems: uniq3(
        sorted.flatMap((r) => r.log ? [[r.log.header.host.platform, r.log.header.host.kernel, r.log.header.host.arch].filter(Boolean).join(" ")] : [])
      ),
      commands: uniq3(sorted.map((r) => r.summary.command.join(" "))),
      cpus: cpus2,
      gpus: [...gpuMap.values()].map((g) => ({ name: g.name, driver: g.driver, count: g.uuids.size })),
      components,
      notes: uniq3(sorted.flatMap((r) => r.log?.header.sensors.notes ?? [])),
      gpu_sampling: uniq3(sorted.map((r) => r.log?.header.gpu_sampling?.method).filter((m) => !!m)),
      attribution: uniq3(
        sorted.flatMap((r) => r.log ? [`CPU time of exited children: ${r.log.header.attribution.children}`, `GPU idle power: ${r.log.header.attribution.gpu_idle}`] : [])
      ),
      interval_ms: uniq3(sorted.map((r) => r.log?.header.interval_ms ?? r.summary.interval_ms).filter((v) => v !== void 0))
    },
    runs: runRows,
    groups,
    statement,
    totals: {
      energy_j: runRows.reduce((a, r) => a + r.energy_j.total, 0),
      co2eq_g: runRows.reduce((a, r) => a + r.co2eq_g, 0),
      kind: mergeKinds(runRows.map((r) => r.kind))
    },
    warnings
  };
}

// src/appendix/load.ts
async function loadRuns(paths, cwd) {
  const { summaries, logs } = await expandInputs(paths, cwd);
  const runs = [];
  const usedLogs = /* @__PURE__ */ new Set();
  for (const sp of summaries) {
    const summary = await readSummaryFile(sp);
    let log = null;
    const warnings = [];
    if (summary.log) {
      const lp = resolve2(dirname(sp), summary.log);
      const exists2 = await stat2(lp).then((s) => s.isFile(), () => false);
      if (exists2) {
        usedLogs.add(lp);
        try {
          log = digestLog(await readRunLog(lp));
        } catch (err) {
          if (!(err instanceof RunLogError)) throw err;
          warnings.push(`its log could not be read (${err.message}): no power over time`);
        }
      } else {
        warnings.push(`its log '${summary.log}' is not beside the summary: no power over time`);
      }
    }
    runs.push({ summary, log, source: basename2(sp), warnings });
  }
  for (const lp of logs) {
    if (usedLogs.has(lp)) continue;
    const raw2 = await readRunLog(lp);
    runs.push({ summary: summarize(raw2, { logName: basename2(lp) }), log: digestLog(raw2), source: basename2(lp) });
  }
  if (runs.length === 0) throw noRunsError(paths);
  return runs;
}

// src/render/appendix/render.ts
var COLORS = { cpu: "#2471a3", dram: "#1e8449", gpu: "#ca6f1e" };
var BR = html`<br>`;
function badge(kind) {
  return html`<span class="kind kind-${kind}">${kind}</span>`;
}
function list2(items, empty) {
  if (items.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}
function hardwareSection(m) {
  const h = m.hardware;
  const gpus = h.gpus.length === 0 ? html`<p class="muted">No GPU found in the logs.</p>` : html`<table><thead><tr><th>GPU model</th><th>Driver</th><th>Count</th></tr></thead><tbody>${h.gpus.map(
    (g) => html`<tr><td>${g.name}</td><td>${g.driver ?? "unknown"}</td><td class="num">${g.count}</td></tr>`
  )}</tbody></table>`;
  const comps = h.components.map(
    (c) => html`<tr><td>${c.component.toUpperCase()}</td><td>${badge(c.kind)}</td><td>${c.how.join(", ") || "\u2014"}</td><td>${c.details.length ? join2(c.details, BR) : "\u2014"}</td></tr>`
  );
  return html`<section id="hardware"><h2>Hardware and software</h2>
<dl><dt>Hosts</dt><dd>${h.hosts.join(", ") || "unknown (summaries without host)"}</dd>
<dt>System</dt><dd>${h.systems.join("; ") || "unknown (no raw log)"}</dd>
<dt>CPU models</dt><dd>${h.cpus.join("; ") || "unknown"}</dd>
<dt>Sampling interval</dt><dd>${h.interval_ms.length ? h.interval_ms.map((v) => `${v} ms`).join(", ") : "unknown"}</dd>
<dt>Tool</dt><dd>joulecheck ${m.tool_version}</dd>
<dt>Commands</dt><dd>${join2(
    h.commands.map((c) => html`<code>${c}</code>`),
    BR
  )}</dd></dl>
${gpus}
<h3>Sensors per component</h3>
<table><thead><tr><th>Component</th><th>Kind</th><th>Sensor / model</th><th>Why (and why others were absent)</th></tr></thead><tbody>${comps}</tbody></table>
<h3>Notes from the meter</h3>${list2(h.notes, "No notes in the logs.")}
<h3>Method</h3>${list2([...h.gpu_sampling.map((s) => `GPU sampling: ${s}`), ...h.attribution], "No raw logs given: method details unknown.")}
</section>`;
}
function runsSection(m) {
  const rows = m.runs.map((r, i) => {
    const a = r.energy_j.attributed;
    return html`<tr class="run"><td>${r.label}</td><td class="num">${r.repeat}</td><td>${r.started_at}</td><td class="num">${sig(r.duration_s)} s</td><td>${r.exit}</td>
<td class="num">${formatEnergy(r.energy_j.total)} ${badge(r.kind)}</td>
<td class="num">${formatEnergy(a.cpu)} ${badge(r.methods.cpu.kind)}</td>
<td class="num">${formatEnergy(a.dram)} ${badge(r.methods.dram.kind)}</td>
<td class="num">${formatEnergy(a.gpu)} ${badge(r.methods.gpu.kind)}</td>
<td class="num">${formatGrams(r.co2eq_g)} ${badge(r.kind)}</td><td class="num">${String(r.pue)}</td>
<td>${r.carbon.region}</td><td class="num">${r.samples ?? "\u2014"}</td><td class="small">${r.source}${r.warnings.length ? html` <a href="#warn-${i}" class="warn">${r.warnings.length} warning(s)</a>` : ""}</td></tr>`;
  });
  const warnings = m.runs.flatMap(
    (r, i) => r.warnings.length ? [html`<li id="warn-${i}"><strong>${r.label} #${r.repeat}</strong>: ${r.warnings.join("; ")}</li>`] : []
  );
  return html`<section id="runs"><h2>Runs</h2>
<p class="muted">Energy is the step's attributed share (Henderson et al. 2020, eq. 1); the total includes PUE, the components do not.
Machine totals per component are in the power charts and in the summaries.</p>
<div class="scroll"><table><thead><tr><th>Label</th><th>#</th><th>Started</th><th>Duration</th><th>Exit</th><th>Energy (total, PUE incl.)</th><th>CPU</th><th>DRAM</th><th>GPU</th><th>CO2eq</th><th>PUE</th><th>Region</th><th>Samples</th><th>Source</th></tr></thead>
<tbody>
${join2(rows, "\n")}
</tbody></table></div>
${warnings.length ? html`<h3>Warnings</h3><ul class="warn">${warnings}</ul>` : ""}</section>`;
}
function energySection(m) {
  const chart = energyIntervalChart(
    "Energy per run (dots), mean (bar), 95% CI (whisker)",
    "energy per run (total, PUE included)",
    m.groups.map((g) => ({ name: g.label, values: g.values, mean: g.mean, ci: g.ci95 }))
  );
  const rows = m.groups.map(
    (g) => html`<tr><td>${g.label}</td><td class="num">${g.n}</td><td class="num">${formatEnergy(g.mean)} ${badge(g.kind)}</td><td class="num">${g.sd === null ? "\u2014" : formatEnergy(g.sd)}</td><td class="num">${g.ci95 ? html`${formatEnergy(g.ci95.low)} – ${formatEnergy(g.ci95.high)}` : "n/a (n < 2)"}</td><td class="num">${formatEnergy(
      Math.min(...g.values)
    )} – ${formatEnergy(Math.max(...g.values))}</td></tr>`
  );
  return html`<section id="energy"><h2>Energy per run and its spread</h2>
<figure>${chart}</figure>
<table><thead><tr><th>Label</th><th>n</th><th>Mean</th><th>SD</th><th>95% CI of the mean (t, df n-1)</th><th>Range</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
function powerSection(m) {
  const charts = m.runs.map((r) => {
    const head = html`<h3>${r.label} #${r.repeat}</h3>`;
    if (!r.series) return html`${head}<p class="muted">No raw log for this run: power over time cannot be drawn (the numbers above come from its summary).</p>`;
    const s = r.series;
    const series = [];
    for (const c of ["cpu", "dram", "gpu"]) {
      const cs = s[c];
      if (!hasReadings(cs)) continue;
      const name = c.toUpperCase();
      series.push({ name: `${name} machine (${cs.kind})`, color: COLORS[c], dashed: true, x: s.t, y: cs.machine });
      series.push({ name: `${name} attributed (${cs.kind})`, color: COLORS[c], x: s.t, y: cs.attributed });
    }
    const absent = ["cpu", "dram", "gpu"].filter((c) => !hasReadings(s[c])).map((c) => c.toUpperCase());
    return html`${head}<figure>${lineChart({
      title: `Power over time: ${r.label} #${r.repeat}`,
      xLabel: "time since start, s",
      yLabel: "power, W (before PUE)",
      series
    })}</figure>${absent.length ? html`<p class="muted">No readings for ${absent.join(", ")} in this log (see Sensors).</p>` : ""}`;
  });
  return html`<section id="power"><h2>Power over time</h2>
<p class="muted">Dashed: the whole machine; solid: the step's attributed share, per sampling interval, before PUE. Gaps in the line are intervals without a reading.
Long logs are reduced to the minimum and maximum per pixel column for drawing only; all numbers use every sample.</p>
${join2(charts, "\n")}</section>`;
}
function carbonSection(m) {
  const st = m.statement;
  if (!st) return html`<section id="carbon"><h2>Carbon statement</h2><p class="muted">No runs.</p></section>`;
  const rows = st.regions.map(
    (c) => html`<tr><td>${c.region}${c.name ? html` (${c.name})` : ""}</td><td class="num">${sig(c.intensity_g_per_kwh)} g/kWh</td><td>${badge(c.kind)}</td><td>${c.source}</td><td>${c.year ?? "\u2014"}</td><td class="num">${c.runs}</td></tr>`
  );
  const social = st.social.map(
    (g) => (
      // The cost itself is in the statement's sentence; per figure: the rate, what it covers, its source.
      html`<li>${g.figure === "GLOBAL" ? "global" : g.figure}: ${String(g.per_tonne.median)} (${String(g.per_tonne.low)}, ${String(
        g.per_tonne.high
      )}) per tonne CO2 (median, 16.7th and 83.3rd percentiles), ${formatGrams(g.co2eq_g)} CO2eq of ${g.runs} run(s)${g.substitute_for.length ? html`, substitute for ${g.substitute_for.join(", ")}` : ""}; source: ${g.source}</li>`
    )
  );
  const t = m.totals;
  return html`<section id="carbon"><h2>Carbon statement</h2>
${Number.isFinite(st.kwh) && Number.isFinite(st.co2eq_kg) ? html`<blockquote>${st.sentence}</blockquote>` : html`<p class="warn">No statement sentence: the totals overflow (absurd values in the inputs; see the run table).</p>`}
<p>These ${st.runs} run(s) used <strong>${formatEnergy(t.energy_j)}</strong> ${badge(t.kind)} (${formatKwh(t.energy_j / J_PER_KWH)}, PUE included)
and emitted <strong>${formatGrams(t.co2eq_g)} CO2eq</strong> ${badge(t.kind)}.
CO2eq = PUE x attributed energy (kWh) x grid carbon intensity (g/kWh).</p>
<h3>Regions and carbon intensity</h3>
<table><thead><tr><th>Region</th><th>Intensity</th><th>Kind</th><th>Source</th><th>Year</th><th>Runs</th></tr></thead><tbody>${rows}</tbody></table>
<h3>PUE</h3>${list2(
    st.pues.map((p) => `${p.value}: ${p.runs} run(s)`),
    "none"
  )}
<h3>Social cost of carbon</h3>${social.length ? html`<ul>${social}</ul>` : html`<p class="muted">No social cost of carbon available.</p>`}
${st.warnings.length ? html`<h3>Caveats</h3><ul class="warn">${st.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : ""}
<p class="muted">Method: Henderson et al. (2020), "Towards the Systematic Reporting of the Energy and Carbon Footprints of Machine Learning", JMLR 21(248).</p>
</section>`;
}
function renderAppendix(m, opts = {}) {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m.title}</title><style>${raw(CSS)}</style></head>
<body><main>
<header><h1>${m.title}</h1>
<p class="muted">Generated ${m.generated_at} by joulecheck ${m.tool_version} from ${m.runs.length} run(s).
Every figure carries how it was obtained: ${badge("measured")} by a sensor, ${badge("estimated")} by a power model, ${badge("mixed")} both.</p>
${m.warnings.length ? html`<div class="warn">${m.warnings.map((w) => html`<p>${w}</p>`)}</div>` : ""}
<nav><a href="#hardware">Hardware</a> · <a href="#runs">Runs</a> · <a href="#energy">Energy</a> · <a href="#power">Power</a> · <a href="#carbon">Carbon</a>${opts.whatIf ? html` · <a href="#whatif">What-if</a>` : ""}${opts.history ? html` · <a href="#history">History</a>` : ""}</nav></header>
${hardwareSection(m)}
${runsSection(m)}
${energySection(m)}
${powerSection(m)}
${carbonSection(m)}
${opts.whatIf ? html`<section id="whatif"><h2>What-if</h2>${whatIfHtml(opts.whatIf)}</section>` : ""}
${opts.history}
</main></body></html>
`.toString();
}
var CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#222;margin:0;background:#fff}
main{max-width:1100px;margin:0 auto;padding:16px}h1{margin:0 0 4px}h2{border-bottom:2px solid #eee;padding-bottom:2px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border-bottom:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}.scroll{overflow-x:auto}.small{font-size:12px}.muted{color:#666}
.warn{color:#9a5b00}.kind{font-size:10px;padding:0 4px;border-radius:3px;background:#e8f1fa;color:#1b4f72;white-space:nowrap}
.kind-estimated,.kind-mixed,.kind-default{background:#fdebd0;color:#7e5109}.kind-none{background:#eee;color:#555}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:600}dd{margin:0}
figure{margin:8px 0}nav a{margin-right:4px}${CHART_CSS}`;

// src/appendix/build.ts
async function buildAppendix(o) {
  const runs = await loadRuns(o.inputs, o.cwd);
  const model = buildAppendixModel(runs, { toolVersion: o.toolVersion, ...o.title ? { title: o.title } : {} });
  const warnings = [];
  let history = null;
  if (o.history) {
    try {
      history = historySection(parseHistory(await readFile(resolve3(o.cwd, o.history), "utf8"), o.history));
    } catch (err) {
      const message = err instanceof HistoryError ? err.message : `${o.history}: cannot read the history: ${err.message}`;
      warnings.push(message);
      history = historySection(null, `History not shown: ${message}`);
    }
  }
  const html2 = renderAppendix(model, { whatIf: appendixWhatIf(model, o.cloudRegion ?? null), ...history ? { history } : {} });
  const dir = resolve3(o.cwd, o.out);
  await mkdir(dir, { recursive: true });
  const file = join4(dir, "index.html");
  await writeFile(file, html2);
  return { file, bytes: Buffer.byteLength(html2), runs: runs.length, warnings };
}
function appendixWhatIf(m, cloudRegion) {
  const [only, ...rest] = m.statement?.regions ?? [];
  const kind = m.totals.kind;
  if (!only || rest.length > 0 || kind === "none") return null;
  return greenerPlaces(
    { energy_j: m.totals.energy_j, co2eq_g: m.totals.co2eq_g, region: only.region, intensity_g_per_kwh: only.intensity_g_per_kwh, kind },
    cloudRegion
  );
}

export {
  leadingVerdict,
  verdictOutput,
  mergeNodeSummaries,
  nodeNotes,
  DoctorReport,
  doctorExitCode,
  check,
  GPU_SENSOR_MODES,
  runDoctor,
  runDoctorProbes,
  verdictLine,
  renderDoctorText,
  sameFixAs,
  warningText,
  sensorsLine,
  parseSummary,
  summaryProblemShort,
  expandInputs,
  noRunsError,
  SummaryFileError,
  readSummaryFile,
  readSummaryFilesLenient,
  readSummaries,
  Comparison,
  escapeMarkdown,
  renderComparisonMarkdown,
  renderNoBaselineMarkdown,
  estimateEmissions,
  whatIfRows,
  whatIfLine,
  mean,
  sd,
  holm,
  logRatios,
  pairedTTest,
  pairedChange,
  PAIRED_POWER,
  MAX_PAIRS_ESTIMATE,
  pairsNeeded,
  orderTrend,
  wilcoxonSignedRank,
  OTHER_LOAD_THRESHOLD,
  flaggedPairs,
  describeFlagged,
  DEFAULT_ALPHA,
  DEFAULT_MIN_EFFECT,
  CompareInputError,
  METRICS,
  COMPONENT_METRICS,
  decide,
  sideContext,
  contextWarnings,
  compareSummaries,
  finishComparison,
  MAX_HISTORY_BYTES,
  HistoryError,
  parseHistory,
  emptyHistory,
  appendHistory,
  trendChart,
  buildStatement,
  formatStatement,
  buildLeaderboard,
  leaderboardMarkdown,
  leaderboardHtml,
  buildAppendix
};
