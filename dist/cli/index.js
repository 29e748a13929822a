#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6427:
/***/ (function(__unused_webpack_module, exports) {

/*!
 * hash-wasm (https://www.npmjs.com/package/hash-wasm)
 * (c) Dani Biro
 * @license MIT
 */

!function(I,A){ true?A(exports):0}(this,(function(I){"use strict";var A,i={name:"blake2b",data:"AGFzbQEAAAABEQRgAAF/YAJ/fwBgAX8AYAAAAwoJAAECAwECAgABBQQBAQICBg4CfwFBsIsFC38AQYAICwdwCAZtZW1vcnkCAA5IYXNoX0dldEJ1ZmZlcgAACkhhc2hfRmluYWwAAwlIYXNoX0luaXQABQtIYXNoX1VwZGF0ZQAGDUhhc2hfR2V0U3RhdGUABw5IYXNoX0NhbGN1bGF0ZQAIClNUQVRFX1NJWkUDAQrTOAkFAEGACQvrAgIFfwF+AkAgAUEBSA0AAkACQAJAIAFBgAFBACgC4IoBIgJrIgNKDQAgASEEDAELQQBBADYC4IoBAkAgAkH/AEoNACACQeCJAWohBSAAIQRBACEGA0AgBSAELQAAOgAAIARBAWohBCAFQQFqIQUgAyAGQQFqIgZB/wFxSg0ACwtBAEEAKQPAiQEiB0KAAXw3A8CJAUEAQQApA8iJASAHQv9+Vq18NwPIiQFB4IkBEAIgACADaiEAAkAgASADayIEQYEBSA0AIAIgAWohBQNAQQBBACkDwIkBIgdCgAF8NwPAiQFBAEEAKQPIiQEgB0L/flatfDcDyIkBIAAQAiAAQYABaiEAIAVBgH9qIgVBgAJLDQALIAVBgH9qIQQMAQsgBEEATA0BC0EAIQUDQCAFQQAoAuCKAWpB4IkBaiAAIAVqLQAAOgAAIAQgBUEBaiIFQf8BcUoNAAsLQQBBACgC4IoBIARqNgLgigELC78uASR+QQBBACkD0IkBQQApA7CJASIBQQApA5CJAXwgACkDICICfCIDhULr+obav7X2wR+FQiCJIgRCq/DT9K/uvLc8fCIFIAGFQiiJIgYgA3wgACkDKCIBfCIHIASFQjCJIgggBXwiCSAGhUIBiSIKQQApA8iJAUEAKQOoiQEiBEEAKQOIiQF8IAApAxAiA3wiBYVCn9j52cKR2oKbf4VCIIkiC0K7zqqm2NDrs7t/fCIMIASFQiiJIg0gBXwgACkDGCIEfCIOfCAAKQNQIgV8Ig9BACkDwIkBQQApA6CJASIQQQApA4CJASIRfCAAKQMAIgZ8IhKFQtGFmu/6z5SH0QCFQiCJIhNCiJLznf/M+YTqAHwiFCAQhUIoiSIVIBJ8IAApAwgiEHwiFiAThUIwiSIXhUIgiSIYQQApA9iJAUEAKQO4iQEiE0EAKQOYiQF8IAApAzAiEnwiGYVC+cL4m5Gjs/DbAIVCIIkiGkLx7fT4paf9p6V/fCIbIBOFQiiJIhwgGXwgACkDOCITfCIZIBqFQjCJIhogG3wiG3wiHSAKhUIoiSIeIA98IAApA1giCnwiDyAYhUIwiSIYIB18Ih0gDiALhUIwiSIOIAx8Ih8gDYVCAYkiDCAWfCAAKQNAIgt8Ig0gGoVCIIkiFiAJfCIaIAyFQiiJIiAgDXwgACkDSCIJfCIhIBaFQjCJIhYgGyAchUIBiSIMIAd8IAApA2AiB3wiDSAOhUIgiSIOIBcgFHwiFHwiFyAMhUIoiSIbIA18IAApA2giDHwiHCAOhUIwiSIOIBd8IhcgG4VCAYkiGyAZIBQgFYVCAYkiFHwgACkDcCINfCIVIAiFQiCJIhkgH3wiHyAUhUIoiSIUIBV8IAApA3giCHwiFXwgDHwiIoVCIIkiI3wiJCAbhUIoiSIbICJ8IBJ8IiIgFyAYIBUgGYVCMIkiFSAffCIZIBSFQgGJIhQgIXwgDXwiH4VCIIkiGHwiFyAUhUIoiSIUIB98IAV8Ih8gGIVCMIkiGCAXfCIXIBSFQgGJIhR8IAF8IiEgFiAafCIWIBUgHSAehUIBiSIaIBx8IAl8IhyFQiCJIhV8Ih0gGoVCKIkiGiAcfCAIfCIcIBWFQjCJIhWFQiCJIh4gGSAOIBYgIIVCAYkiFiAPfCACfCIPhUIgiSIOfCIZIBaFQiiJIhYgD3wgC3wiDyAOhUIwiSIOIBl8Ihl8IiAgFIVCKIkiFCAhfCAEfCIhIB6FQjCJIh4gIHwiICAiICOFQjCJIiIgJHwiIyAbhUIBiSIbIBx8IAp8IhwgDoVCIIkiDiAXfCIXIBuFQiiJIhsgHHwgE3wiHCAOhUIwiSIOIBkgFoVCAYkiFiAffCAQfCIZICKFQiCJIh8gFSAdfCIVfCIdIBaFQiiJIhYgGXwgB3wiGSAfhUIwiSIfIB18Ih0gFoVCAYkiFiAVIBqFQgGJIhUgD3wgBnwiDyAYhUIgiSIYICN8IhogFYVCKIkiFSAPfCADfCIPfCAHfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBnwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAOIBd8Ig4gDyAYhUIwiSIPICAgFIVCAYkiFCAZfCAKfCIXhUIgiSIYfCIZIBSFQiiJIhQgF3wgC3wiF3wgBXwiICAPIBp8Ig8gHyAOIBuFQgGJIg4gIXwgCHwiGoVCIIkiG3wiHyAOhUIoiSIOIBp8IAx8IhogG4VCMIkiG4VCIIkiISAdIB4gDyAVhUIBiSIPIBx8IAF8IhWFQiCJIhx8Ih0gD4VCKIkiDyAVfCADfCIVIByFQjCJIhwgHXwiHXwiHiAWhUIoiSIWICB8IA18IiAgIYVCMIkiISAefCIeIBogFyAYhUIwiSIXIBl8IhggFIVCAYkiFHwgCXwiGSAchUIgiSIaICR8IhwgFIVCKIkiFCAZfCACfCIZIBqFQjCJIhogHSAPhUIBiSIPICJ8IAR8Ih0gF4VCIIkiFyAbIB98Iht8Ih8gD4VCKIkiDyAdfCASfCIdIBeFQjCJIhcgH3wiHyAPhUIBiSIPIBsgDoVCAYkiDiAVfCATfCIVICOFQiCJIhsgGHwiGCAOhUIoiSIOIBV8IBB8IhV8IAx8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAHfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBogHHwiGiAVIBuFQjCJIhUgHiAWhUIBiSIWIB18IAR8IhuFQiCJIhx8Ih0gFoVCKIkiFiAbfCAQfCIbfCABfCIeIBUgGHwiFSAXIBogFIVCAYkiFCAgfCATfCIYhUIgiSIXfCIaIBSFQiiJIhQgGHwgCXwiGCAXhUIwiSIXhUIgiSIgIB8gISAVIA6FQgGJIg4gGXwgCnwiFYVCIIkiGXwiHyAOhUIoiSIOIBV8IA18IhUgGYVCMIkiGSAffCIffCIhIA+FQiiJIg8gHnwgBXwiHiAghUIwiSIgICF8IiEgGyAchUIwiSIbIB18IhwgFoVCAYkiFiAYfCADfCIYIBmFQiCJIhkgJHwiHSAWhUIoiSIWIBh8IBJ8IhggGYVCMIkiGSAfIA6FQgGJIg4gInwgAnwiHyAbhUIgiSIbIBcgGnwiF3wiGiAOhUIoiSIOIB98IAZ8Ih8gG4VCMIkiGyAafCIaIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAh8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgC3wiFXwgBXwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAh8IiIgGiAgIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGHwgCXwiGIVCIIkiHHwiGiAUhUIoiSIUIBh8IAZ8IhggHIVCMIkiHCAafCIaIBSFQgGJIhR8IAR8IiAgGSAdfCIZIBUgISAPhUIBiSIPIB98IAN8Ih2FQiCJIhV8Ih8gD4VCKIkiDyAdfCACfCIdIBWFQjCJIhWFQiCJIiEgFyAbIBkgFoVCAYkiFiAefCABfCIZhUIgiSIbfCIXIBaFQiiJIhYgGXwgE3wiGSAbhUIwiSIbIBd8Ihd8Ih4gFIVCKIkiFCAgfCAMfCIgICGFQjCJIiEgHnwiHiAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IBJ8Ih0gG4VCIIkiGyAafCIaIA6FQiiJIg4gHXwgC3wiHSAbhUIwiSIbIBcgFoVCAYkiFiAYfCANfCIXICKFQiCJIhggFSAffCIVfCIfIBaFQiiJIhYgF3wgEHwiFyAYhUIwiSIYIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGXwgCnwiFSAchUIgiSIZICN8IhwgD4VCKIkiDyAVfCAHfCIVfCASfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAbIBp8IhogFSAZhUIwiSIVIB4gFIVCAYkiFCAXfCADfCIXhUIgiSIZfCIbIBSFQiiJIhQgF3wgB3wiF3wgAnwiHiAVIBx8IhUgGCAaIA6FQgGJIg4gIHwgC3wiGoVCIIkiGHwiHCAOhUIoiSIOIBp8IAR8IhogGIVCMIkiGIVCIIkiICAfICEgFSAPhUIBiSIPIB18IAZ8IhWFQiCJIh18Ih8gD4VCKIkiDyAVfCAKfCIVIB2FQjCJIh0gH3wiH3wiISAWhUIoiSIWIB58IAx8Ih4gIIVCMIkiICAhfCIhIBogFyAZhUIwiSIXIBt8IhkgFIVCAYkiFHwgEHwiGiAdhUIgiSIbICR8Ih0gFIVCKIkiFCAafCAJfCIaIBuFQjCJIhsgHyAPhUIBiSIPICJ8IBN8Ih8gF4VCIIkiFyAYIBx8Ihh8IhwgD4VCKIkiDyAffCABfCIfIBeFQjCJIhcgHHwiHCAPhUIBiSIPIBggDoVCAYkiDiAVfCAIfCIVICOFQiCJIhggGXwiGSAOhUIoiSIOIBV8IA18IhV8IA18IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAMfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHXwiGyAVIBiFQjCJIhUgISAWhUIBiSIWIB98IBB8IhiFQiCJIh18Ih8gFoVCKIkiFiAYfCAIfCIYfCASfCIhIBUgGXwiFSAXIBsgFIVCAYkiFCAefCAHfCIZhUIgiSIXfCIbIBSFQiiJIhQgGXwgAXwiGSAXhUIwiSIXhUIgiSIeIBwgICAVIA6FQgGJIg4gGnwgAnwiFYVCIIkiGnwiHCAOhUIoiSIOIBV8IAV8IhUgGoVCMIkiGiAcfCIcfCIgIA+FQiiJIg8gIXwgBHwiISAehUIwiSIeICB8IiAgGCAdhUIwiSIYIB98Ih0gFoVCAYkiFiAZfCAGfCIZIBqFQiCJIhogJHwiHyAWhUIoiSIWIBl8IBN8IhkgGoVCMIkiGiAcIA6FQgGJIg4gInwgCXwiHCAYhUIgiSIYIBcgG3wiF3wiGyAOhUIoiSIOIBx8IAN8IhwgGIVCMIkiGCAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAt8IhUgI4VCIIkiFyAdfCIdIBSFQiiJIhQgFXwgCnwiFXwgBHwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAl8IiIgGyAeIBUgF4VCMIkiFSAdfCIXIBSFQgGJIhQgGXwgDHwiGYVCIIkiHXwiGyAUhUIoiSIUIBl8IAp8IhkgHYVCMIkiHSAbfCIbIBSFQgGJIhR8IAN8Ih4gGiAffCIaIBUgICAPhUIBiSIPIBx8IAd8IhyFQiCJIhV8Ih8gD4VCKIkiDyAcfCAQfCIcIBWFQjCJIhWFQiCJIiAgFyAYIBogFoVCAYkiFiAhfCATfCIahUIgiSIYfCIXIBaFQiiJIhYgGnwgDXwiGiAYhUIwiSIYIBd8Ihd8IiEgFIVCKIkiFCAefCAFfCIeICCFQjCJIiAgIXwiISAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIBx8IAt8IhwgGIVCIIkiGCAbfCIbIA6FQiiJIg4gHHwgEnwiHCAYhUIwiSIYIBcgFoVCAYkiFiAZfCABfCIXICKFQiCJIhkgFSAffCIVfCIfIBaFQiiJIhYgF3wgBnwiFyAZhUIwiSIZIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGnwgCHwiFSAdhUIgiSIaICN8Ih0gD4VCKIkiDyAVfCACfCIVfCANfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgCXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAYIBt8IhggFSAahUIwiSIVICEgFIVCAYkiFCAXfCASfCIXhUIgiSIafCIbIBSFQiiJIhQgF3wgCHwiF3wgB3wiISAVIB18IhUgGSAYIA6FQgGJIg4gHnwgBnwiGIVCIIkiGXwiHSAOhUIoiSIOIBh8IAt8IhggGYVCMIkiGYVCIIkiHiAfICAgFSAPhUIBiSIPIBx8IAp8IhWFQiCJIhx8Ih8gD4VCKIkiDyAVfCAEfCIVIByFQjCJIhwgH3wiH3wiICAWhUIoiSIWICF8IAN8IiEgHoVCMIkiHiAgfCIgIBggFyAahUIwiSIXIBt8IhogFIVCAYkiFHwgBXwiGCAchUIgiSIbICR8IhwgFIVCKIkiFCAYfCABfCIYIBuFQjCJIhsgHyAPhUIBiSIPICJ8IAx8Ih8gF4VCIIkiFyAZIB18Ihl8Ih0gD4VCKIkiDyAffCATfCIfIBeFQjCJIhcgHXwiHSAPhUIBiSIPIBkgDoVCAYkiDiAVfCAQfCIVICOFQiCJIhkgGnwiGiAOhUIoiSIOIBV8IAJ8IhV8IBN8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCASfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHHwiGyAVIBmFQjCJIhUgICAWhUIBiSIWIB98IAt8IhmFQiCJIhx8Ih8gFoVCKIkiFiAZfCACfCIZfCAJfCIgIBUgGnwiFSAXIBsgFIVCAYkiFCAhfCAFfCIahUIgiSIXfCIbIBSFQiiJIhQgGnwgA3wiGiAXhUIwiSIXhUIgiSIhIB0gHiAVIA6FQgGJIg4gGHwgEHwiFYVCIIkiGHwiHSAOhUIoiSIOIBV8IAF8IhUgGIVCMIkiGCAdfCIdfCIeIA+FQiiJIg8gIHwgDXwiICAhhUIwiSIhIB58Ih4gGSAchUIwiSIZIB98IhwgFoVCAYkiFiAafCAIfCIaIBiFQiCJIhggJHwiHyAWhUIoiSIWIBp8IAp8IhogGIVCMIkiGCAdIA6FQgGJIg4gInwgBHwiHSAZhUIgiSIZIBcgG3wiF3wiGyAOhUIoiSIOIB18IAd8Ih0gGYVCMIkiGSAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAx8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgBnwiFXwgEnwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IBN8IiIgGyAhIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGnwgBnwiGoVCIIkiHHwiGyAUhUIoiSIUIBp8IBB8IhogHIVCMIkiHCAbfCIbIBSFQgGJIhR8IA18IiEgGCAffCIYIBUgHiAPhUIBiSIPIB18IAJ8Ih2FQiCJIhV8Ih4gD4VCKIkiDyAdfCABfCIdIBWFQjCJIhWFQiCJIh8gFyAZIBggFoVCAYkiFiAgfCADfCIYhUIgiSIZfCIXIBaFQiiJIhYgGHwgBHwiGCAZhUIwiSIZIBd8Ihd8IiAgFIVCKIkiFCAhfCAIfCIhIB+FQjCJIh8gIHwiICAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IAd8Ih0gGYVCIIkiGSAbfCIbIA6FQiiJIg4gHXwgDHwiHSAZhUIwiSIZIBcgFoVCAYkiFiAafCALfCIXICKFQiCJIhogFSAefCIVfCIeIBaFQiiJIhYgF3wgCXwiFyAahUIwiSIaIB58Ih4gFoVCAYkiFiAVIA+FQgGJIg8gGHwgBXwiFSAchUIgiSIYICN8IhwgD4VCKIkiDyAVfCAKfCIVfCACfCIChUIgiSIifCIjIBaFQiiJIhYgAnwgC3wiAiAihUIwiSILICN8IiIgFoVCAYkiFiAZIBt8IhkgFSAYhUIwiSIVICAgFIVCAYkiFCAXfCANfCINhUIgiSIXfCIYIBSFQiiJIhQgDXwgBXwiBXwgEHwiECAVIBx8Ig0gGiAZIA6FQgGJIg4gIXwgDHwiDIVCIIkiFXwiGSAOhUIoiSIOIAx8IBJ8IhIgFYVCMIkiDIVCIIkiFSAeIB8gDSAPhUIBiSINIB18IAl8IgmFQiCJIg98IhogDYVCKIkiDSAJfCAIfCIJIA+FQjCJIgggGnwiD3wiGiAWhUIoiSIWIBB8IAd8IhAgEYUgDCAZfCIHIA6FQgGJIgwgCXwgCnwiCiALhUIgiSILIAUgF4VCMIkiBSAYfCIJfCIOIAyFQiiJIgwgCnwgE3wiEyALhUIwiSIKIA58IguFNwOAiQFBACADIAYgDyANhUIBiSINIAJ8fCICIAWFQiCJIgUgB3wiBiANhUIoiSIHIAJ8fCICQQApA4iJAYUgBCABIBIgCSAUhUIBiSIDfHwiASAIhUIgiSISICJ8IgkgA4VCKIkiAyABfHwiASAShUIwiSIEIAl8IhKFNwOIiQFBACATQQApA5CJAYUgECAVhUIwiSIQIBp8IhOFNwOQiQFBACABQQApA5iJAYUgAiAFhUIwiSICIAZ8IgGFNwOYiQFBACASIAOFQgGJQQApA6CJAYUgAoU3A6CJAUEAIBMgFoVCAYlBACkDqIkBhSAKhTcDqIkBQQAgASAHhUIBiUEAKQOwiQGFIASFNwOwiQFBACALIAyFQgGJQQApA7iJAYUgEIU3A7iJAQvdAgUBfwF+AX8BfgJ/IwBBwABrIgAkAAJAQQApA9CJAUIAUg0AQQBBACkDwIkBIgFBACgC4IoBIgKsfCIDNwPAiQFBAEEAKQPIiQEgAyABVK18NwPIiQECQEEALQDoigFFDQBBAEJ/NwPYiQELQQBCfzcD0IkBAkAgAkH/AEoNAEEAIQQDQCACIARqQeCJAWpBADoAACAEQQFqIgRBgAFBACgC4IoBIgJrSA0ACwtB4IkBEAIgAEEAKQOAiQE3AwAgAEEAKQOIiQE3AwggAEEAKQOQiQE3AxAgAEEAKQOYiQE3AxggAEEAKQOgiQE3AyAgAEEAKQOoiQE3AyggAEEAKQOwiQE3AzAgAEEAKQO4iQE3AzhBACgC5IoBIgVBAUgNAEEAIQRBACECA0AgBEGACWogACAEai0AADoAACAEQQFqIQQgBSACQQFqIgJB/wFxSg0ACwsgAEHAAGokAAv9AwMBfwF+AX8jAEGAAWsiAiQAQQBBgQI7AfKKAUEAIAE6APGKAUEAIAA6APCKAUGQfiEAA0AgAEGAiwFqQgA3AAAgAEH4igFqQgA3AAAgAEHwigFqQgA3AAAgAEEYaiIADQALQQAhAEEAQQApA/CKASIDQoiS853/zPmE6gCFNwOAiQFBAEEAKQP4igFCu86qptjQ67O7f4U3A4iJAUEAQQApA4CLAUKr8NP0r+68tzyFNwOQiQFBAEEAKQOIiwFC8e30+KWn/aelf4U3A5iJAUEAQQApA5CLAULRhZrv+s+Uh9EAhTcDoIkBQQBBACkDmIsBQp/Y+dnCkdqCm3+FNwOoiQFBAEEAKQOgiwFC6/qG2r+19sEfhTcDsIkBQQBBACkDqIsBQvnC+JuRo7Pw2wCFNwO4iQFBACADp0H/AXE2AuSKAQJAIAFBAUgNACACQgA3A3ggAkIANwNwIAJCADcDaCACQgA3A2AgAkIANwNYIAJCADcDUCACQgA3A0ggAkIANwNAIAJCADcDOCACQgA3AzAgAkIANwMoIAJCADcDICACQgA3AxggAkIANwMQIAJCADcDCCACQgA3AwBBACEEA0AgAiAAaiAAQYAJai0AADoAACAAQQFqIQAgBEEBaiIEQf8BcSABSA0ACyACQYABEAELIAJBgAFqJAALEgAgAEEDdkH/P3EgAEEQdhAECwkAQYAJIAAQAQsGAEGAiQELGwAgAUEDdkH/P3EgAUEQdhAEQYAJIAAQARADCwsLAQBBgAgLBPAAAAA=",hash:"c6f286e6"};function C(I,A,i,C){return new(i||(i=Promise))((function(g,h){function e(I){try{w(C.next(I))}catch(I){h(I)}}function B(I){try{w(C.throw(I))}catch(I){h(I)}}function w(I){var A;I.done?g(I.value):(A=I.value,A instanceof i?A:new i((function(I){I(A)}))).then(e,B)}w((C=C.apply(I,A||[])).next())}))}"function"==typeof SuppressedError&&SuppressedError;class g{constructor(){this.mutex=Promise.resolve()}lock(){let I=()=>{};return this.mutex=this.mutex.then((()=>new Promise(I))),new Promise((A=>{I=A}))}dispatch(I){return C(this,void 0,void 0,(function*(){const A=yield this.lock();try{return yield Promise.resolve(I())}finally{A()}}))}}const h="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof self?self:"undefined"!=typeof window?window:global,e=null!==(A=h.Buffer)&&void 0!==A?A:null,B=h.TextEncoder?new h.TextEncoder:null;function w(I,A){return(15&I)+(I>>6|I>>3&8)<<4|(15&A)+(A>>6|A>>3&8)}const t="a".charCodeAt(0)-10,F="0".charCodeAt(0);function f(I,A,i){let C=0;for(let g=0;g<i;g++){let i=A[g]>>>4;I[C++]=i>9?i+t:i+F,i=15&A[g],I[C++]=i>9?i+t:i+F}return String.fromCharCode.apply(null,I)}const Q=null!==e?I=>{if("string"==typeof I){const A=e.from(I,"utf8");return new Uint8Array(A.buffer,A.byteOffset,A.length)}if(e.isBuffer(I))return new Uint8Array(I.buffer,I.byteOffset,I.length);if(ArrayBuffer.isView(I))return new Uint8Array(I.buffer,I.byteOffset,I.byteLength);throw new Error("Invalid data type!")}:I=>{if("string"==typeof I)return B.encode(I);if(ArrayBuffer.isView(I))return new Uint8Array(I.buffer,I.byteOffset,I.byteLength);throw new Error("Invalid data type!")},n="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",o=new Uint8Array(256);for(let I=0;I<n.length;I++)o[n.charCodeAt(I)]=I;function r(I){const A=function(I){let A=Math.floor(.75*I.length);const i=I.length;return"="===I[i-1]&&(A-=1,"="===I[i-2]&&(A-=1)),A}(I),i=I.length,C=new Uint8Array(A);let g=0;for(let A=0;A<i;A+=4){const i=o[I.charCodeAt(A)],h=o[I.charCodeAt(A+1)],e=o[I.charCodeAt(A+2)],B=o[I.charCodeAt(A+3)];C[g]=i<<2|h>>4,g+=1,C[g]=(15&h)<<4|e>>2,g+=1,C[g]=(3&e)<<6|63&B,g+=1}return C}const S=16384,U=new g,a=new Map;function J(I,A){return C(this,void 0,void 0,(function*(){let i=null,g=null,h=!1;if("undefined"==typeof WebAssembly)throw new Error("WebAssembly is not supported in this environment!");const e=()=>new DataView(i.exports.memory.buffer).getUint32(i.exports.STATE_SIZE,!0),B=U.dispatch((()=>C(this,void 0,void 0,(function*(){if(!a.has(I.name)){const A=r(I.data),i=WebAssembly.compile(A);a.set(I.name,i)}const A=yield a.get(I.name);i=yield WebAssembly.instantiate(A,{})})))),t=(I=null)=>{h=!0,i.exports.Hash_Init(I)},F=I=>{if(!h)throw new Error("update() called before init()");(I=>{let A=0;for(;A<I.length;){const C=I.subarray(A,A+S);A+=C.length,g.set(C),i.exports.Hash_Update(C.length)}})(Q(I))},n=new Uint8Array(2*A),o=(I,C=null)=>{if(!h)throw new Error("digest() called before init()");return h=!1,i.exports.Hash_Final(C),"binary"===I?g.slice(0,A):f(n,g,A)},J=I=>"string"==typeof I?I.length<4096:I.byteLength<S;let s=J;switch(I.name){case"argon2":case"scrypt":s=()=>!0;break;case"blake2b":case"blake2s":s=(I,A)=>A<=512&&J(I);break;case"blake3":s=(I,A)=>0===A&&J(I);break;case"xxhash64":case"xxhash3":case"xxhash128":case"crc64":s=()=>!1}return yield(()=>C(this,void 0,void 0,(function*(){i||(yield B);const I=i.exports.Hash_GetBuffer(),A=i.exports.memory.buffer;g=new Uint8Array(A,I,S)})))(),{getMemory:()=>g,writeMemory:(I,A=0)=>{g.set(I,A)},getExports:()=>i.exports,setMemorySize:I=>{i.exports.Hash_SetMemorySize(I);const A=i.exports.Hash_GetBuffer(),C=i.exports.memory.buffer;g=new Uint8Array(C,A,I)},init:t,update:F,digest:o,save:()=>{if(!h)throw new Error("save() can only be called after init() and before digest()");const A=i.exports.Hash_GetState(),C=e(),g=i.exports.memory.buffer,B=new Uint8Array(g,A,C),t=new Uint8Array(4+C);return function(I,A){const i=A.length>>1;for(let C=0;C<i;C++){const i=C<<1;I[C]=w(A.charCodeAt(i),A.charCodeAt(i+1))}}(t,I.hash),t.set(B,4),t},load:A=>{if(!(A instanceof Uint8Array))throw new Error("load() expects an Uint8Array generated by save()");const C=i.exports.Hash_GetState(),g=e(),B=4+g,t=i.exports.memory.buffer;if(A.length!==B)throw new Error(`Bad state length (expected ${B} bytes, got ${A.length})`);if(!function(I,A){if(I.length!==2*A.length)return!1;for(let i=0;i<A.length;i++){const C=i<<1;if(A[i]!==w(I.charCodeAt(C),I.charCodeAt(C+1)))return!1}return!0}(I.hash,A.subarray(0,4)))throw new Error("This state was written by an incompatible hash implementation");const F=A.subarray(4);new Uint8Array(t,C,g).set(F),h=!0},calculate:(I,C=null,h=null)=>{if(!s(I,C))return t(C),F(I),o("hex",h);const e=Q(I);return g.set(e),i.exports.Hash_Calculate(e.length,C,h),f(n,g,A)},hashLength:A}}))}const s=new g;let k=null;function V(I){return!Number.isInteger(I)||I<8||I>512||I%8!=0?new Error("Invalid variant! Valid values: 8, 16, ..., 512"):null}function G(I,A){return I|A<<16}I.blake2b=function(I,A=512,g=null){if(V(A))return Promise.reject(V(A));let h=null,e=A;if(null!==g){if(h=Q(g),h.length>64)return Promise.reject(new Error("Max key length is 64 bytes"));e=G(A,h.length)}const B=A/8;if(null===k||k.hashLength!==B)return function(I,A,i){return C(this,void 0,void 0,(function*(){const C=yield I.lock(),g=yield J(A,i);return C(),g}))}(s,i,B).then((A=>(k=A,e>512&&k.writeMemory(h),k.calculate(I,e))));try{e>512&&k.writeMemory(h);const A=k.calculate(I,e);return Promise.resolve(A)}catch(I){return Promise.reject(I)}},I.createBLAKE2b=function(I=512,A=null){if(V(I))return Promise.reject(V(I));let C=null,g=I;if(null!==A){if(C=Q(A),C.length>64)return Promise.reject(new Error("Max key length is 64 bytes"));g=G(I,C.length)}const h=I/8;return J(i,h).then((I=>{g>512&&I.writeMemory(C),I.init(g);const A={init:g>512?()=>(I.writeMemory(C),I.init(g),A):()=>(I.init(g),A),update:i=>(I.update(i),A),digest:A=>I.digest(A),save:()=>I.save(),load:i=>(I.load(i),A),blockSize:128,digestSize:h};return A}))}}));


/***/ }),

/***/ 71499:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ startArtifactService)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./packages/artifact-service/blob-stream.ts
/**
 * Sending a stored blob as a response body through two reused buffers: one being read from the file while the
 * other is written to the socket, each read again only once the socket has taken all of it. A read stream's fresh
 * 1 MiB buffer per chunk is external memory V8 only frees when it collects, and past its soft limit that sets
 * off full collections, again and again once the heap holds what serving needs: 152 mark-compacts serving one
 * 2 GiB collection, 5 CPU-s where the same downloads had cost 1.4.
 */

const CHUNK = 1 << 20;
/** Buffers no download holds; a few kept for the next. */
const idle = [];
const KEEP = 8;
const take = () => idle.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
const give = (buffer) => {
    if (idle.length < KEEP)
        idle.push(buffer);
};
/** Resolves when the socket has taken `chunk` (the buffer may be reused then); rejects if it went away. */
function written(response, chunk) {
    return new Promise((resolve, reject) => {
        response.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
}
/** Writes bytes [0, `length`) of the file at `path` to `response` (whose headers are sent); does not end it. */
async function sendFileBytes(response, path, length) {
    const handle = await (0,promises_.open)(path, 'r');
    const buffers = [take(), take()];
    // The write in flight; a failed one is caught at once (the next read may still be running) and thrown after.
    let failure = null;
    let writing = Promise.resolve();
    const sent = async () => {
        await writing;
        if (failure)
            throw failure;
    };
    try {
        for (let position = 0, turn = 0; position < length; turn ^= 1) {
            const buffer = buffers[turn];
            const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, length - position), position);
            if (bytesRead === 0)
                break;
            position += bytesRead;
            // The other buffer's write must be done before this one goes out (and before that buffer is read into).
            await sent();
            writing = written(response, buffer.subarray(0, bytesRead)).catch((error) => {
                failure = error;
            });
        }
        await sent();
    }
    finally {
        await writing;
        // A write that failed may leave its buffer with the socket: only buffers whose writes all ended are reused.
        if (!failure)
            buffers.forEach(give);
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/artifact-service/store.ts
/**
 * The artifacts the service holds, on disk so that one rehearsal's steps (each its own `release-actions run`)
 * see what the earlier ones uploaded: `<storage>/<id>/artifact.json` describes an artifact, `blob.zip` is its
 * committed content, `blocks/` the staged blocks of an upload in progress.
 */





/** A block list refers to a block that was never staged, or the blob is missing. */
class BlobError extends Error {
    name = 'BlobError';
}
const META = 'artifact.json';
const BLOB = 'blob.zip';
/** The artifacts under one storage directory. */
class ArtifactStore {
    dir;
    artifacts;
    nextId;
    constructor(dir, artifacts) {
        this.dir = dir;
        this.artifacts = artifacts;
        this.nextId = Math.max(0, ...artifacts.keys()) + 1;
    }
    /**
     * Opens the store in `dir` and reads what it holds. The directory is made by the first upload, so a run
     * that uploads nothing leaves no trace in the project it ran in.
     */
    static async open(dir) {
        const artifacts = new Map();
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch((error) => {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        });
        for (const entry of entries) {
            if (!entry.isDirectory() || !/^\d+$/.test(entry.name))
                continue;
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, entry.name, META), 'utf8').catch(() => null);
            if (text === null)
                continue; // an upload interrupted before its first write
            const artifact = JSON.parse(text);
            artifacts.set(artifact.id, artifact);
        }
        return new ArtifactStore(dir, artifacts);
    }
    /** Every artifact, oldest first. */
    all() {
        return [...this.artifacts.values()].sort((a, b) => a.id - b.id);
    }
    get(id) {
        return this.artifacts.get(id);
    }
    /** Records a new artifact of `scope`'s job (its blob still to come). */
    async create(scope, fields) {
        const artifact = {
            id: await this.claimId(),
            runId: scope.runId,
            attempt: scope.attempt,
            job: scope.job,
            runBackendId: scope.runBackendId,
            jobBackendId: scope.jobBackendId,
            state: 'created',
            size: 0,
            digest: null,
            ...fields,
        };
        this.artifacts.set(artifact.id, artifact);
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, String(artifact.id), 'blocks'));
        await this.save(artifact);
        return artifact;
    }
    /**
     * The next free id, its directory created exclusively: a service started on the same storage by another
     * process (two `release-actions run` at once) never takes the same one. What the other creates later is not
     * seen here: a service reads the storage when it starts.
     */
    async claimId() {
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        for (;;) {
            const id = this.nextId++;
            try {
                await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, String(id)));
                return id;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
        }
    }
    /** Stages one block of an upload (Azure's Put Block): written aside, then renamed into place. */
    async putBlock(artifact, blockId, body) {
        const path = this.blockPath(artifact, blockId);
        await (0,external_node_stream_promises_namespaceObject.pipeline)(body, (0,external_node_fs_.createWriteStream)(`${path}.partial`));
        await (0,promises_.rename)(`${path}.partial`, path);
        return (await (0,promises_.stat)(path)).size;
    }
    /** Commits staged blocks in the given order as the artifact's blob (Azure's Put Block List). */
    async commitBlocks(artifact, blockIds) {
        const paths = blockIds.map((id) => this.blockPath(artifact, id));
        for (const [index, path] of paths.entries()) {
            if (!(await (0,promises_.stat)(path).catch(() => null)))
                throw new BlobError(`block ${blockIds[index]} was never staged`);
        }
        const blob = this.blobPath(artifact);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const out = (0,external_node_fs_.createWriteStream)(`${blob}.partial`);
        let size = 0;
        for (const path of paths) {
            await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_.createReadStream)(path), async function* (source) {
                for await (const chunk of source) {
                    hash.update(chunk);
                    size += chunk.length;
                    yield chunk;
                }
            }, out, { end: false });
        }
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
        await (0,promises_.rename)(`${blob}.partial`, blob);
        await (0,promises_.rm)((0,external_node_path_.join)(this.dir, String(artifact.id), 'blocks'), { recursive: true, force: true });
        await this.update(artifact, { state: 'uploaded', size, digest: `sha256:${hash.digest('hex')}` });
    }
    /** Stores a whole blob at once (seeding an artifact built elsewhere) and finalizes it. */
    async putBlob(artifact, content) {
        const blob = this.blobPath(artifact);
        await (0,promises_.writeFile)(`${blob}.partial`, content);
        await (0,promises_.rename)(`${blob}.partial`, blob);
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(content).digest('hex')}`;
        await this.update(artifact, { state: 'finalized', size: content.length, digest });
    }
    /** Changes an artifact and writes it down. */
    async update(artifact, change) {
        Object.assign(artifact, change);
        await this.save(artifact);
    }
    /** Forgets an artifact and its files. */
    async remove(artifact) {
        this.artifacts.delete(artifact.id);
        await (0,promises_.rm)((0,external_node_path_.join)(this.dir, String(artifact.id)), { recursive: true, force: true });
    }
    /** Where an artifact's committed blob is. */
    blobPath(artifact) {
        return (0,external_node_path_.join)(this.dir, String(artifact.id), BLOB);
    }
    blockPath(artifact, blockId) {
        // Block ids are base64 text chosen by the client: hex keeps any of them a plain file name.
        return (0,external_node_path_.join)(this.dir, String(artifact.id), 'blocks', Buffer.from(blockId).toString('hex'));
    }
    async save(artifact) {
        const path = (0,external_node_path_.join)(this.dir, String(artifact.id), META);
        await (0,promises_.writeFile)(`${path}.partial`, JSON.stringify(artifact, null, 2));
        await (0,promises_.rename)(`${path}.partial`, path);
    }
}

;// CONCATENATED MODULE: ./packages/artifact-service/blobs.ts
/**
 * The blob storage side of artifacts, as GitHub's Azure storage answers the two clients that use it: the
 * Azure SDK that @actions/artifact uploads with (Put Block, then Put Block List, on a signed URL) and the plain
 * GET it downloads with. Errors are Azure's: an XML body and `x-ms-error-code`.
 */



/** Where blobs live: account `results`, container `actions-results`, as the storage SDK parses an IP host's URL. */
const BLOB_PREFIX = '/results/actions-results/';
/** The path of an artifact's blob. */
function blobPathOf(artifact) {
    return `${BLOB_PREFIX}${artifact.id}.zip`;
}
const AZURE_MESSAGES = {
    AuthenticationFailed: 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
    BlobNotFound: 'The specified blob does not exist.',
    InvalidBlockList: 'The specified block list is invalid.',
    InvalidQueryParameterValue: 'Value for one of the query parameters specified in the request URI is invalid.',
    UnsupportedHttpVerb: "The resource doesn't support specified Http Verb.",
    ServerBusy: 'The server is currently unable to receive requests. Please retry your request.',
};
function azureHeaders() {
    return { 'x-ms-request-id': (0,external_node_crypto_.randomUUID)(), 'x-ms-version': '2024-11-04', date: new Date().toUTCString() };
}
/** An Azure storage error answer. */
function azureError(response, status, code, detail = '') {
    const message = `${AZURE_MESSAGES[code] ?? code}\nRequestId:${(0,external_node_crypto_.randomUUID)()}\nTime:${new Date().toISOString()}`;
    const extra = detail ? `<AuthenticationErrorDetail>${detail}</AuthenticationErrorDetail>` : '';
    const body = `\ufeff<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message>${extra}</Error>`;
    response.writeHead(status, {
        ...azureHeaders(),
        'content-type': 'application/xml',
        'x-ms-error-code': code,
    });
    response.end(body);
    return status;
}
/** The artifact a blob path names, or undefined. */
function artifactAt(url, store) {
    const match = /^(\d+)\.zip$/.exec(url.pathname.slice(BLOB_PREFIX.length));
    return match ? store.get(Number(match[1])) : undefined;
}
async function readText(request) {
    const chunks = [];
    for await (const chunk of request)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** The block ids of a Put Block List body, in order (Latest, Committed and Uncommitted alike). */
function blockListIds(xml) {
    return [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2]);
}
async function upload(request, response, url, artifact, store) {
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId)
            return azureError(response, 400, 'InvalidQueryParameterValue');
        await store.putBlock(artifact, blockId, request);
        response.writeHead(201, { ...azureHeaders(), 'x-ms-request-server-encrypted': 'true' });
        response.end();
        return 201;
    }
    if (comp === 'blocklist') {
        try {
            await store.commitBlocks(artifact, blockListIds(await readText(request)));
        }
        catch (error) {
            if (error instanceof BlobError)
                return azureError(response, 400, 'InvalidBlockList');
            throw error;
        }
        const etag = `"0x${artifact.id.toString(16).toUpperCase()}${Date.now().toString(16).toUpperCase()}"`;
        response.writeHead(201, {
            ...azureHeaders(),
            etag,
            'last-modified': new Date().toUTCString(),
            'x-ms-request-server-encrypted': 'true',
        });
        response.end();
        return 201;
    }
    return azureError(response, 400, 'InvalidQueryParameterValue');
}
/** Sends the blob, or part of it and then drops the connection when a `cut` fault is waiting. */
async function download(response, artifact, context) {
    const fault = context.faults.nextDownload();
    if (fault?.kind === 'status')
        return azureError(response, fault.status, 'ServerBusy');
    const path = context.store.blobPath(artifact);
    response.writeHead(200, {
        ...azureHeaders(),
        'content-type': artifact.mimeType,
        'content-length': String(artifact.size),
        'content-disposition': `attachment; filename="${encodeURIComponent(artifact.name)}.zip"; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`,
        'last-modified': new Date(artifact.createdAt).toUTCString(),
        'x-ms-blob-type': 'BlockBlob',
    });
    if (fault?.kind === 'cut') {
        await sendFileBytes(response, path, Math.min(fault.afterBytes, artifact.size));
        response.socket?.destroy();
        return 200;
    }
    await sendFileBytes(response, path, artifact.size);
    response.end();
    return 200;
}
/** Answers one request under BLOB_PREFIX; resolves with the status sent. */
async function handleBlob(request, response, url, context) {
    const permission = request.method === 'GET' ? 'r' : 'cw';
    if (request.method !== 'GET' && request.method !== 'PUT')
        return azureError(response, 405, 'UnsupportedHttpVerb');
    const check = context.signer.check(url, permission, context.now());
    if (check !== 'ok') {
        const detail = check === 'expired' ? 'Signed expiry time has passed' : 'Signature did not match';
        return azureError(response, 403, 'AuthenticationFailed', detail);
    }
    const artifact = artifactAt(url, context.store);
    if (permission === 'r') {
        if (!artifact || artifact.state !== 'finalized')
            return azureError(response, 404, 'BlobNotFound');
        return download(response, artifact, context);
    }
    // A finalized artifact is immutable: its upload URL no longer writes.
    if (!artifact || artifact.state === 'finalized')
        return azureError(response, 403, 'AuthenticationFailed', 'The blob can no longer be written');
    return upload(request, response, url, artifact, context.store);
}

;// CONCATENATED MODULE: ./packages/artifact-service/faults.ts
/** Faults a test (or a rehearsal) injects into the blob storage: what a flaky network or storage account does. */
/** Faults waiting, first in, first out, each for the step it applies to. */
class FaultQueue {
    downloads = [];
    urls = [];
    /** Adds `fault` for the next `times` downloads (or signed URLs). */
    add(fault, times = 1) {
        const queue = fault.kind === 'expired-url' ? this.urls : this.downloads;
        for (let i = 0; i < times; i += 1)
            queue.push(fault);
    }
    /** The fault for this download, if one is waiting. */
    nextDownload() {
        return this.downloads.shift();
    }
    /** True when the signed download URL being made must be an expired one. */
    nextUrlExpired() {
        return this.urls.shift() !== undefined;
    }
}

;// CONCATENATED MODULE: ./packages/artifact-service/runtime-token.ts
/**
 * ACTIONS_RUNTIME_TOKEN as the artifact service issues and reads it: a JWT whose `scp` claim carries
 * `Actions.Results:<run backend id>:<job backend id>`, which @actions/artifact decodes (without checking the
 * signature) to name the run and job in every request. Here it is signed with HMAC-SHA256 under a key of the
 * running service, so a request with a forged or foreign token is refused as GitHub refuses it.
 */

const RUN_PREFIX = '00000000-0000-4000-8000-';
/** The run's backend id: a UUID that spells the run id, so stored artifacts stay readable across restarts. */
function runBackendId(runId) {
    return `${RUN_PREFIX}${runId.toString(16).padStart(12, '0')}`;
}
/** A job's backend id: a UUID derived from run, attempt and job name (the same job gets the same id). */
function jobBackendId(identity) {
    const hex = (0,external_node_crypto_.createHmac)('sha256', 'job')
        .update(`${identity.runId}/${identity.attempt}/${identity.job}`)
        .digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** The backend ids of a job. */
function scopeOf(identity) {
    return { ...identity, runBackendId: runBackendId(identity.runId), jobBackendId: jobBackendId(identity) };
}
/** Signs and reads runtime tokens with one key per running service. */
class RuntimeTokens {
    key = (0,external_node_crypto_.randomBytes)(32);
    /** A token for `identity`, valid for `lifetimeSeconds` from `now` (ms). */
    issue(identity, now, lifetimeSeconds = 6 * 3600) {
        const scope = scopeOf(identity);
        const iat = Math.floor(now / 1000);
        const claims = {
            scp: `Actions.ExampleScope Actions.Results:${scope.runBackendId}:${scope.jobBackendId}`,
            run: identity.runId,
            attempt: identity.attempt,
            job: identity.job,
            iat,
            nbf: iat,
            exp: iat + lifetimeSeconds,
        };
        const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
        return `${body}.${this.sign(body)}`;
    }
    /** The scope of a token this service issued and that has not expired at `now` (ms); null otherwise. */
    verify(token, now) {
        const [header, payload, signature, extra] = token.split('.');
        if (!header || !payload || !signature || extra !== undefined)
            return null;
        const expected = Buffer.from(this.sign(`${header}.${payload}`));
        const given = Buffer.from(signature);
        if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
            return null;
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof claims['exp'] !== 'number' || claims['exp'] * 1000 <= now)
            return null;
        const identity = {
            runId: Number(claims['run']),
            attempt: Number(claims['attempt']),
            job: String(claims['job']),
        };
        return scopeOf(identity);
    }
    sign(body) {
        return (0,external_node_crypto_.createHmac)('sha256', this.key).update(body).digest('base64url');
    }
}
function encode(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}

;// CONCATENATED MODULE: ./packages/artifact-service/signed-urls.ts
/**
 * Blob URLs signed the way Azure's shared access signatures work for GitHub's artifact storage: anyone holding
 * the URL may read (or write) that one blob until the expiry it carries, and no longer. The signature is an
 * HMAC over permission, blob and expiry with a key of the running service.
 */

/** The service version Azure's SAS URLs carry; the SDK sends it back unchanged. */
const SAS_VERSION = '2024-11-04';
/** Signs blob URLs and checks them when they come back. */
class UrlSigner {
    key = (0,external_node_crypto_.randomBytes)(32);
    /** `blobUrl` with a signature allowing `permission` until `expiresAt` (ms since the epoch). */
    sign(blobUrl, permission, expiresAt) {
        const url = new URL(blobUrl);
        const se = new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
        url.searchParams.set('sv', SAS_VERSION);
        url.searchParams.set('se', se);
        url.searchParams.set('sr', 'b');
        url.searchParams.set('sp', permission);
        url.searchParams.set('sig', this.signature(url.pathname, permission, se));
        return url.toString();
    }
    /** Whether `url` (as requested) carries a valid signature for `permission` that has not expired at `now`. */
    check(url, permission, now) {
        const se = url.searchParams.get('se') ?? '';
        const sig = url.searchParams.get('sig') ?? '';
        if (url.searchParams.get('sp') !== permission)
            return 'forged';
        const expected = Buffer.from(this.signature(url.pathname, permission, se));
        // The storage SDK may re-encode the query; base64url without padding survives that unchanged.
        const given = Buffer.from(sig);
        if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
            return 'forged';
        const expiry = Date.parse(se);
        return Number.isFinite(expiry) && expiry > now ? 'ok' : 'expired';
    }
    signature(path, permission, se) {
        return (0,external_node_crypto_.createHmac)('sha256', this.key).update(`${permission}\n${path}\n${se}`).digest('base64url');
    }
}

;// CONCATENATED MODULE: ./packages/artifact-service/twirp.ts
/** The Twirp service path every method lives under. */
const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** Twirp's error codes used here, with the HTTP status the protocol gives each. */
const CODES = {
    invalid_argument: 400,
    unauthenticated: 401,
    permission_denied: 403,
    not_found: 404,
    already_exists: 409,
    failed_precondition: 412,
};
/** A Twirp error answer. */
class TwirpError extends Error {
    code;
    name = 'TwirpError';
    status;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.status = CODES[code];
    }
}
/** Artifact names upload-artifact v4 refuses (the service refuses them too). */
const FORBIDDEN_NAME = /[":<>|*?\r\n\\/]/;
function twirp_text(body, field) {
    const value = body[field];
    if (typeof value !== 'string' || value === '')
        throw new TwirpError('invalid_argument', `${field} is required`);
    return value;
}
/** The request's run (and job) must be the token's: a job acts for itself alone. */
function checkScope(scope, body, job) {
    if (twirp_text(body, 'workflow_run_backend_id') !== scope.runBackendId)
        throw new TwirpError('permission_denied', 'the token does not grant access to this workflow run');
    if (job && twirp_text(body, 'workflow_job_run_backend_id') !== scope.jobBackendId)
        throw new TwirpError('permission_denied', 'the token does not grant access to this job');
}
const isLive = (artifact, now) => artifact.expiresAt === null || Date.parse(artifact.expiresAt) > now;
/** An artifact as ListArtifacts answers (MonolithArtifact). */
function listed(artifact) {
    return {
        workflow_run_backend_id: artifact.runBackendId,
        workflow_job_run_backend_id: artifact.jobBackendId,
        database_id: String(artifact.id),
        name: artifact.name,
        size: String(artifact.size),
        created_at: artifact.createdAt,
        ...(artifact.digest ? { digest: artifact.digest } : {}),
    };
}
const createArtifact = async (scope, body, context) => {
    checkScope(scope, body, true);
    const name = twirp_text(body, 'name');
    if (FORBIDDEN_NAME.test(name))
        throw new TwirpError('invalid_argument', `artifact name ${JSON.stringify(name)} has a forbidden character`);
    const taken = context.store
        .all()
        .some((a) => a.runId === scope.runId && a.attempt === scope.attempt && a.name === name);
    if (taken)
        throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    const expiresAt = typeof body['expires_at'] === 'string' ? body['expires_at'] : null;
    const mimeType = typeof body['mime_type'] === 'string' ? body['mime_type'] : 'application/zip';
    const createdAt = new Date(context.now()).toISOString();
    const artifact = await context.store.create(scope, { name, mimeType, createdAt, expiresAt });
    return { ok: true, signed_upload_url: context.blobUrl(artifact, 'cw') };
};
const finalizeArtifact = async (scope, body, context) => {
    checkScope(scope, body, true);
    const name = twirp_text(body, 'name');
    const artifact = context.store
        .all()
        .find((a) => a.jobBackendId === scope.jobBackendId && a.name === name && a.state !== 'finalized');
    if (!artifact)
        throw new TwirpError('not_found', `no artifact ${name} is being uploaded by this job`);
    if (artifact.state !== 'uploaded')
        throw new TwirpError('failed_precondition', `artifact ${name} has no committed blob yet`);
    if (String(body['size'] ?? '0') !== String(artifact.size))
        throw new TwirpError('invalid_argument', `size ${String(body['size'])} does not match the ${artifact.size} bytes stored`);
    const hash = body['hash'];
    if (typeof hash === 'string' && hash !== artifact.digest)
        throw new TwirpError('invalid_argument', `hash ${hash} does not match the stored blob's ${artifact.digest}`);
    await context.store.update(artifact, { state: 'finalized' });
    return { ok: true, artifact_id: String(artifact.id) };
};
const listArtifacts = async (scope, body, context) => {
    checkScope(scope, body, false);
    const nameFilter = typeof body['name_filter'] === 'string' ? body['name_filter'] : null;
    const idFilter = body['id_filter'] === undefined ? null : String(body['id_filter']);
    const artifacts = context.store
        .all()
        .filter((a) => a.runId === scope.runId &&
        a.state === 'finalized' &&
        isLive(a, context.now()) &&
        (nameFilter === null || a.name === nameFilter) &&
        (idFilter === null || String(a.id) === idFilter));
    return { artifacts: artifacts.map(listed) };
};
/** The finalized artifact a request names by its job's backend id and name, in the token's run. */
function named(scope, body, context) {
    checkScope(scope, body, false);
    const name = twirp_text(body, 'name');
    const job = twirp_text(body, 'workflow_job_run_backend_id');
    const artifact = context.store
        .all()
        .reverse()
        .find((a) => a.runId === scope.runId && a.jobBackendId === job && a.name === name && a.state === 'finalized');
    if (!artifact || !isLive(artifact, context.now()))
        throw new TwirpError('not_found', `no artifact ${name} in this workflow run`);
    return artifact;
}
const getSignedArtifactUrl = async (scope, body, context) => ({
    signed_url: context.blobUrl(named(scope, body, context), 'r'),
});
const deleteArtifact = async (scope, body, context) => {
    const artifact = named(scope, body, context);
    await context.store.remove(artifact);
    return { ok: true, artifact_id: String(artifact.id) };
};
/** The service's methods by name. */
const METHODS = {
    CreateArtifact: createArtifact,
    FinalizeArtifact: finalizeArtifact,
    ListArtifacts: listArtifacts,
    GetSignedArtifactURL: getSignedArtifactUrl,
    DeleteArtifact: deleteArtifact,
};

;// CONCATENATED MODULE: ./packages/artifact-service/service.ts
/**
 * A local stand-in for GitHub's artifact service (the Results API's Twirp methods and the blob storage behind
 * its signed URLs), faithful enough that the official @actions/artifact client uploads to it and downloads
 * from it unchanged. Tests start one per case; `release-actions run` serves one to the actions it runs.
 */







const HOUR = 3600_000;
const MAX_TWIRP_BODY = 1 << 20;
function identity(job = {}) {
    return { runId: job.runId ?? 1, attempt: job.attempt ?? 1, job: job.job ?? 'build' };
}
async function readJson(request) {
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        size += chunk.length;
        if (size > MAX_TWIRP_BODY)
            throw new TwirpError('invalid_argument', 'request body too large');
        chunks.push(chunk);
    }
    try {
        const value = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
            return value;
    }
    catch {
        // answered below
    }
    throw new TwirpError('invalid_argument', 'the body is not a JSON object');
}
function sendJson(response, status, body) {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
    return status;
}
/** Answers one Twirp call; resolves with the status sent. */
async function handleTwirp(request, response, method, tokens, context) {
    try {
        const rpc = METHODS[method];
        if (request.method !== 'POST' || !rpc)
            throw new TwirpError('not_found', `no method ${method}`);
        const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
        const scope = tokens.verify(bearer, context.now());
        if (!scope)
            throw new TwirpError('unauthenticated', 'the runtime token is missing, invalid or expired');
        return sendJson(response, 200, await rpc(scope, await readJson(request), context));
    }
    catch (error) {
        if (!(error instanceof TwirpError))
            throw error;
        return sendJson(response, error.status, { code: error.code, msg: error.message });
    }
}
/** A signed URL of an artifact's blob; a download URL is born expired when a test asked for that. */
function blobUrl(state, artifact, permission) {
    const expired = permission === 'r' && state.faults.nextUrlExpired();
    const expiry = expired ? state.now() - 1000 : state.now() + state.lifetime;
    return state.signer.sign(`${state.base}${blobPathOf(artifact)}`, permission, expiry);
}
async function answer(state, request, response) {
    const url = new URL(request.url ?? '/', state.base);
    let operation = `${request.method} ${url.pathname}`;
    let status;
    if (url.pathname.startsWith(TWIRP_PREFIX)) {
        operation = url.pathname.slice(TWIRP_PREFIX.length);
        const context = {
            store: state.store,
            now: state.now,
            blobUrl: (artifact, permission) => blobUrl(state, artifact, permission),
        };
        status = await handleTwirp(request, response, operation, state.tokens, context);
    }
    else if (url.pathname.startsWith(BLOB_PREFIX)) {
        const comp = url.searchParams.get('comp');
        operation = `blob ${request.method}${comp ? ` ${comp}` : ''}`;
        status = await handleBlob(request, response, url, state);
    }
    else
        status = sendJson(response, 404, { code: 'bad_route', msg: `no route ${url.pathname}` });
    state.requests.push({ operation, status });
}
/** The service's face for its owner: the job environment, seeding, inspection, faults. */
function serviceApi(state, storageDir, close) {
    return {
        url: `${state.base}/`,
        storageDir,
        jobEnv: (job) => {
            const who = identity(job);
            return {
                ACTIONS_RESULTS_URL: `${state.base}/`,
                ACTIONS_RUNTIME_URL: `${state.base}/`,
                ACTIONS_RUNTIME_TOKEN: state.tokens.issue(who, state.now()),
                GITHUB_RUN_ID: String(who.runId),
                GITHUB_RUN_ATTEMPT: String(who.attempt),
            };
        },
        artifacts: (runId) => state.store.all().filter((a) => a.state === 'finalized' && (runId === undefined || a.runId === runId)),
        addArtifact: async (job, zip) => {
            const createdAt = new Date(state.now()).toISOString();
            const fields = { name: job.name, mimeType: 'application/zip', createdAt, expiresAt: null };
            const artifact = await state.store.create(scopeOf(identity(job)), fields);
            await state.store.putBlob(artifact, zip);
            return artifact;
        },
        downloadUrl: (artifactId) => {
            const artifact = state.store.get(artifactId);
            if (!artifact)
                throw new Error(`no artifact ${artifactId}`);
            return blobUrl(state, artifact, 'r');
        },
        inject: (fault, times) => state.faults.add(fault, times),
        requests: state.requests,
        close,
    };
}
/** Starts the service; it listens until `close()`. */
async function startArtifactService(options) {
    const state = {
        store: await ArtifactStore.open(options.storageDir),
        tokens: new RuntimeTokens(),
        signer: new UrlSigner(),
        faults: new FaultQueue(),
        requests: [],
        now: options.now ?? Date.now,
        lifetime: options.signedUrlLifetimeMs ?? HOUR,
        base: '',
    };
    const server = (0,external_node_http_.createServer)((request, response) => {
        answer(state, request, response).catch((error) => {
            state.requests.push({ operation: `${request.method} ${request.url}`, status: 500 });
            if (!response.headersSent)
                sendJson(response, 500, { code: 'internal', msg: error.message });
            else
                response.destroy();
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
    });
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    state.base = `http://${host}:${address.port}`;
    const close = () => new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
    });
    return serviceApi(state, options.storageDir, close);
}


/***/ }),

/***/ 8839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ formatSeconds)
/* harmony export */ });
/* unused harmony exports formatBytes, shortDigest */
/** Numbers as people read them in logs and summaries. */
const UNITS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB']));
/** A byte count in binary units: `812 B`, `5.0 MiB`, `1.00 GiB`. */
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    if (unit === 0)
        return `${bytes} B`;
    return `${value.toFixed(value < 10 ? 2 : 1)} ${UNITS[unit]}`;
}
/** Seconds with one decimal (`0.4 s`). */
function formatSeconds(seconds) {
    return `${seconds.toFixed(1)} s`;
}
/** The start of a digest, enough to tell two apart in a message. */
function shortDigest(hex) {
    return hex.length > 16 ? `${hex.slice(0, 16)}…` : hex;
}


/***/ }),

/***/ 84027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ BufferPool)
/* harmony export */ });
/**
 * Reusable I/O buffers. Node allocates each large Buffer with malloc, and glibc serves freed ones back from
 * its heap without returning the pages: a buffer per file (or per upload attempt) grows the process's
 * resident memory with every file of a release, long after the garbage collector freed them. Borrowing
 * from a pool keeps the same few allocations for the life of the process.
 */
class BufferPool {
    size;
    keep;
    idle = [];
    /** Buffers of `size` bytes; at most `keep` idle ones are held between uses. */
    constructor(size, keep) {
        this.size = size;
        this.keep = keep;
    }
    /** A buffer of `size` bytes, with whatever bytes its last user left in it. */
    take() {
        return this.idle.pop() ?? new ArrayBuffer(this.size);
    }
    /** Gives a buffer back; it must not be used afterwards. Foreign sizes and surplus are left to the collector. */
    give(buffer) {
        if (buffer.byteLength === this.size && this.idle.length < this.keep)
            this.idle.push(buffer);
    }
}


/***/ }),

/***/ 88809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ DistError)
/* harmony export */ });
/** Typed errors of the dists package: each carries a stable `code` and names the file it is about. */
/** An error about one distribution file; `message` is one line naming the file and what is wrong. */
class DistError extends Error {
    code;
    filename;
    name = 'DistError';
    constructor(code, message, filename) {
        super(message);
        this.code = code;
        this.filename = filename;
    }
}


/***/ }),

/***/ 47356:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ loadCrypto),
/* harmony export */   s: () => (/* binding */ loadZlib)
/* harmony export */ });
/**
 * node:zlib and node:crypto, loaded with their first use rather than at every action's start-up, and then once
 * per process. In a bundle each `await import('node:…')` builds a fresh namespace object (a getter for every
 * export, about a hundred each): imported per file read or hashed, that was some 80 KiB of garbage per
 * artifact, promoted to the old generation when a read outlived two young-generation collections.
 */
let zlib;
let crypto;
/** node:zlib, imported on first call. */
function loadZlib() {
    return (zlib ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38522, 23)));
}
/** node:crypto, imported on first call. */
function loadCrypto() {
    return (crypto ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 77598, 23)));
}


/***/ }),

/***/ 76081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SJ: () => (/* binding */ ZipArchive),
  wK: () => (/* binding */ zipEntryKind)
});

// UNUSED EXPORTS: DEFAULT_ZIP_LIMITS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./packages/dists/errors.ts
var errors = __nccwpck_require__(88809);
// EXTERNAL MODULE: ./packages/dists/buffer-pool.ts
var buffer_pool = __nccwpck_require__(84027);
;// CONCATENATED MODULE: ./packages/dists/read-chunks.ts

/** Read buffers of the common chunk size, reused from file to file (see BufferPool for why). */
const chunkBuffers = new buffer_pool/* BufferPool */.P(1 << 20, 8);
/**
 * `length` bytes of `handle` from `start`, in chunks of up to `chunkSize`, read into two buffers in turn. Each
 * chunk is the caller's only until it asks for the next one. Ends early if the file is shorter.
 */
async function* readChunks(handle, start, length, chunkSize = 1 << 20) {
    const pooled = chunkSize === chunkBuffers.size;
    const memory = [0, 1].map(() => (pooled ? chunkBuffers.take() : new ArrayBuffer(chunkSize)));
    const buffers = memory.map((m) => Buffer.from(m));
    const end = start + length;
    const readInto = (turn, position) => handle.read(buffers[turn], 0, Math.min(chunkSize, end - position), position);
    let position = start;
    let reading = length > 0 ? readInto(0, position) : null;
    try {
        for (let turn = 0; reading; turn ^= 1) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            reading = position < end ? readInto(turn ^ 1, position) : null;
            yield buffers[turn].subarray(0, bytesRead);
        }
    }
    finally {
        // A read still in flight writes into its buffer: it must end before the buffer goes back to the pool.
        await reading?.catch(() => undefined);
        if (pooled)
            for (const m of memory)
                chunkBuffers.give(m);
    }
}

// EXTERNAL MODULE: ./packages/dists/lazy-modules.ts
var lazy_modules = __nccwpck_require__(47356);
;// CONCATENATED MODULE: ./packages/dists/zip-reader.ts
/** Random-access zip reading: the central directory (zip64 aware) and single members, never the whole archive. */




/** Defaults: 16 MiB per inflated member, ratio 50 (PyPI's figure) for entries over 1 MiB, 64 MiB of directory. */
const DEFAULT_ZIP_LIMITS = {
    maxMemberSize: 16 << 20,
    maxRatio: 50,
    ratioMinSize: 1 << 20,
    maxCentralDirectory: 64 << 20,
};
const EOCD_SIG = 0x06054b50;
const EOCD_BYTES = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const U32_MAX = 0xffffffff;
/** An open zip file: its entries by name and a way to read one. Close it when done. */
class ZipArchive {
    handle;
    path;
    size;
    entries;
    limits;
    constructor(handle, path, size, entries, limits) {
        this.handle = handle;
        this.path = path;
        this.size = size;
        this.entries = entries;
        this.limits = limits;
    }
    /** Open a zip and read its central directory; throws DistError `not-a-zipfile` when it is not a readable zip. */
    static async open(path, limits = {}) {
        const all = { ...DEFAULT_ZIP_LIMITS, ...limits };
        const handle = await (0,promises_.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            const entries = await readCentralDirectory(handle, size, path, all);
            return new ZipArchive(handle, path, size, entries, all);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    /** The entry of that exact name, if any. */
    entry(name) {
        return this.entries.find((e) => e.name === name);
    }
    /** Entries whose ratio marks them as a zip bomb under these limits. */
    bombs() {
        const { maxRatio, ratioMinSize } = this.limits;
        return this.entries.filter((e) => e.uncompressedSize > ratioMinSize && e.uncompressedSize > maxRatio * e.compressedSize);
    }
    /** Inflate one member, checking its size caps, compression method, ratio and CRC. */
    async read(entry) {
        const where = `${this.path}: ${entry.name}`;
        if (entry.flags & 1)
            throw new errors/* DistError */.b('encrypted-entry', `${where} is encrypted`, this.path);
        if (entry.uncompressedSize > this.limits.maxMemberSize) {
            throw new errors/* DistError */.b('entry-too-large', `${where} inflates to ${entry.uncompressedSize} bytes, over the ${this.limits.maxMemberSize}-byte limit`, this.path);
        }
        if (this.bombs().includes(entry)) {
            throw new errors/* DistError */.b('zip-bomb', `${where} inflates ${entry.uncompressedSize} bytes from ${entry.compressedSize} (ratio over ${this.limits.maxRatio}): refused as a zip bomb`, this.path);
        }
        const raw = await readAt(this.handle, await this.dataStart(entry), entry.compressedSize);
        // zlib loads with the first archive read, not at every action's start-up.
        const { crc32, inflateRawSync } = await (0,lazy_modules/* loadZlib */.s)();
        let data;
        if (entry.method === 0)
            data = raw;
        else if (entry.method === 8) {
            try {
                // maxOutputLength bounds memory even when the directory lies about the size.
                data = inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
            }
            catch (error) {
                throw new errors/* DistError */.b('corrupt-entry', `${where}: cannot inflate (${error.message})`, this.path);
            }
        }
        else {
            throw new errors/* DistError */.b('unsupported-compression', `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`, this.path);
        }
        if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
            throw new errors/* DistError */.b('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
        }
        return data;
    }
    /**
     * The member's bytes as they inflate, in chunks of about `chunkSize`, however large it is: stored and deflate
     * members, checked against the directory's size and CRC (a chunk past the size stops it at once). Each chunk
     * is yours only until you ask for the next one.
     */
    async *stream(entry, chunkSize = 1 << 20) {
        const where = `${this.path}: ${entry.name}`;
        if (entry.flags & 1)
            throw new errors/* DistError */.b('encrypted-entry', `${where} is encrypted`, this.path);
        if (entry.method !== 0 && entry.method !== 8) {
            throw new errors/* DistError */.b('unsupported-compression', `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`, this.path);
        }
        const { crc32, createInflateRaw } = await (0,lazy_modules/* loadZlib */.s)();
        const raw = readChunks(this.handle, await this.dataStart(entry), entry.compressedSize, chunkSize);
        const chunks = entry.method === 0 ? raw : inflated(raw, createInflateRaw({ chunkSize }));
        let size = 0;
        let crc = 0;
        try {
            for await (const chunk of chunks) {
                size += chunk.length;
                if (size > entry.uncompressedSize)
                    throw new errors/* DistError */.b('corrupt-entry', `${where}: inflates past its recorded size`, this.path);
                crc = crc32(chunk, crc);
                yield chunk;
            }
        }
        catch (error) {
            const code = error.code ?? '';
            if (!code.startsWith('Z_'))
                throw error;
            throw new errors/* DistError */.b('corrupt-entry', `${where}: cannot inflate (${error.message})`, this.path);
        }
        if (size !== entry.uncompressedSize || crc !== entry.crc32) {
            throw new errors/* DistError */.b('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
        }
    }
    /** Where a member's data begins, after its local header; checks that the data lies within the file. */
    async dataStart(entry) {
        const where = `${this.path}: ${entry.name}`;
        const local = await readAt(this.handle, entry.localHeaderOffset, 30);
        if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) {
            throw new errors/* DistError */.b('corrupt-entry', `${where}: no local header at offset ${entry.localHeaderOffset}`, this.path);
        }
        const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        if (start + entry.compressedSize > this.size) {
            throw new errors/* DistError */.b('corrupt-entry', `${where}: data runs past the end of the file (truncated?)`, this.path);
        }
        return start;
    }
    /** Release the file handle. */
    async close() {
        await this.handle.close();
    }
}
async function readAt(handle, position, length) {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
        const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return done === length ? buffer : buffer.subarray(0, done);
}
async function readCentralDirectory(handle, size, path, limits) {
    const notZip = (why) => new errors/* DistError */.b('not-a-zipfile', `${path}: not a zip file (${why})`, path);
    // As Python's zipfile: the end record ends the file, or it is the last signature in the final 64 KiB + 22
    // bytes with 22 bytes after it (whatever its comment length says; data after it is not this reader's concern).
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await readAt(handle, size - tailLength, tailLength);
    const last = tail.length - 22;
    const atEnd = last >= 0 && tail.readUInt32LE(last) === EOCD_SIG && tail.readUInt16LE(last + 20) === 0;
    const eocd = atEnd ? last : tail.lastIndexOf(EOCD_BYTES);
    if (eocd < 0 || eocd > last)
        throw notZip('no end of central directory record');
    const eocdOffset = size - tailLength + eocd;
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    // Where the directory really ends: the end record, or the ZIP64 end record before its locator.
    let cdEnd = eocdOffset;
    if (eocdOffset >= 20) {
        const locator = await readAt(handle, eocdOffset - 20, 20);
        if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIG) {
            const z64Offset = Number(locator.readBigUInt64LE(8));
            const z64 = await readAt(handle, z64Offset, 56);
            if (z64.length < 56 || z64.readUInt32LE(0) !== ZIP64_EOCD_SIG)
                throw notZip('bad zip64 end record');
            count = Number(z64.readBigUInt64LE(32));
            cdSize = Number(z64.readBigUInt64LE(40));
            cdOffset = Number(z64.readBigUInt64LE(48));
            cdEnd = eocdOffset - 20 - 56;
        }
    }
    // Bytes before the zip (a self-extractor, another archive) shift every offset, as zipfile's `concat` does.
    const concat = cdEnd - cdSize - cdOffset;
    cdOffset += concat;
    if (cdOffset < 0)
        throw notZip('bad offset for the central directory');
    if (cdOffset + cdSize > size)
        throw notZip('central directory runs past the end of the file (truncated?)');
    if (cdSize > limits.maxCentralDirectory)
        throw notZip(`central directory of ${cdSize} bytes is over the limit`);
    const cd = await readAt(handle, cdOffset, cdSize);
    const entries = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
        if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL_SIG)
            throw notZip(`bad central directory entry ${i}`);
        const flags = cd.readUInt16LE(at + 8);
        const nameLength = cd.readUInt16LE(at + 28);
        const extraLength = cd.readUInt16LE(at + 30);
        const commentLength = cd.readUInt16LE(at + 32);
        const end = at + 46 + nameLength + extraLength + commentLength;
        if (end > cd.length)
            throw notZip(`central directory entry ${i} runs past the directory`);
        const nameBytes = cd.subarray(at + 46, at + 46 + nameLength);
        // Bit 11 says UTF-8; otherwise the spec says CP437, which agrees with ASCII, all that wheels use.
        const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
        const entry = {
            name,
            method: cd.readUInt16LE(at + 10),
            flags,
            crc32: cd.readUInt32LE(at + 16),
            compressedSize: cd.readUInt32LE(at + 20),
            uncompressedSize: cd.readUInt32LE(at + 24),
            localHeaderOffset: cd.readUInt32LE(at + 42),
            madeBy: cd.readUInt16LE(at + 4),
            externalAttributes: cd.readUInt32LE(at + 38),
        };
        applyZip64Extra(entry, cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
        entry.localHeaderOffset += concat;
        entries.push(entry);
        at = end;
    }
    return entries;
}
// The zip64 extra field holds, in this order, only the values whose 32-bit slot is 0xFFFFFFFF.
function applyZip64Extra(entry, extra) {
    let at = 0;
    while (at + 4 <= extra.length) {
        const id = extra.readUInt16LE(at);
        const length = extra.readUInt16LE(at + 2);
        if (id === 0x0001) {
            let p = at + 4;
            const next = () => {
                const value = p + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE(p)) : U32_MAX;
                p += 8;
                return value;
            };
            if (entry.uncompressedSize === U32_MAX)
                entry.uncompressedSize = next();
            if (entry.compressedSize === U32_MAX)
                entry.compressedSize = next();
            if (entry.localHeaderOffset === U32_MAX)
                entry.localHeaderOffset = next();
            return;
        }
        at += 4 + length;
    }
}
/**
 * Raw deflate chunks through `inflate`, as inflated chunks: fed with backpressure while the caller reads, the
 * stream destroyed if the reader stops early. (No node:stream helpers: a bundle's dynamic import of that
 * module, a function, loses its named exports.)
 */
async function* inflated(raw, inflate) {
    const drained = () => new Promise((resolve) => {
        const done = () => {
            inflate.off('drain', done);
            inflate.off('close', done);
            resolve();
        };
        inflate.on('drain', done);
        inflate.on('close', done);
    });
    const feeding = (async () => {
        // Each raw chunk is copied: the reader reuses its buffers, and zlib may still hold one.
        for await (const chunk of raw) {
            if (inflate.destroyed)
                return;
            if (!inflate.write(Buffer.from(chunk)))
                await drained();
        }
        if (!inflate.destroyed)
            inflate.end();
    })();
    feeding.catch((error) => inflate.destroy(error));
    try {
        for await (const chunk of inflate)
            yield chunk;
        await feeding;
    }
    finally {
        inflate.destroy();
    }
}
const UNIX_HOSTS = new Set([3, 19]); // Unix, and macOS (OS X) as some archivers write it
/** The kind of a member: a symbolic link, device, FIFO or socket only a Unix maker can record. */
function zipEntryKind(entry) {
    if (UNIX_HOSTS.has(entry.madeBy >>> 8)) {
        const type = (entry.externalAttributes >>> 16) & 0o170000;
        if (type === 0o120000)
            return 'symlink';
        if (type === 0o040000)
            return 'directory';
        if (type !== 0 && type !== 0o100000)
            return 'special';
    }
    if (entry.externalAttributes & 0x10 || entry.name.endsWith('/'))
        return 'directory';
    return 'file';
}


/***/ }),

/***/ 25258:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ parseFaultSpec),
/* harmony export */   g7: () => (/* binding */ FaultPlan)
/* harmony export */ });
/* unused harmony exports FAULT_KINDS, ALL_FAULT_KINDS, seededRandom */
/** Seeded fault injection: the bad days of a real index, reproducible from a seed. */
/**
 * The kinds drawn when none are named, in the order a draw picks among them. Kinds added later are drawn only
 * when named, so that a seed goes on giving the faults it always gave.
 */
const FAULT_KINDS = ['503', '429', 'reset', 'slow', 'stored-502'];
/** Every fault kind. */
const ALL_FAULT_KINDS = [...FAULT_KINDS, 'stored-reset'];
/** Kinds that store the file first: only an upload can have them. */
const STORING = ['stored-502', 'stored-reset'];
/** mulberry32: a small, well-mixed 32-bit generator; plenty for picking faults. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Draws the fault (or none) for each request in turn. */
class FaultPlan {
    options;
    random;
    kinds;
    slowMs;
    constructor(options) {
        this.options = options;
        if (!(options.rate >= 0 && options.rate <= 1))
            throw new Error(`faults: rate must be between 0 and 1, got ${options.rate}`);
        this.kinds = options.kinds && options.kinds.length > 0 ? options.kinds : FAULT_KINDS;
        for (const kind of this.kinds) {
            if (!ALL_FAULT_KINDS.includes(kind))
                throw new Error(`faults: unknown kind '${kind}'; use ${ALL_FAULT_KINDS.join(', ')}`);
        }
        this.random = seededRandom(options.seed);
        this.slowMs = options.slowMs ?? 2000;
    }
    /** The fault for the next request of this kind, or null. Two draws per eligible request keep runs aligned. */
    next(request) {
        const scope = this.options.scope ?? 'upload';
        if (scope !== 'all' && scope !== request)
            return null;
        const hit = this.random();
        const pick = this.random();
        if (hit >= this.options.rate)
            return null;
        const kinds = request === 'read' ? this.kinds.filter((k) => !STORING.includes(k)) : this.kinds;
        if (kinds.length === 0)
            return null;
        return kinds[Math.floor(pick * kinds.length)] ?? null;
    }
}
/** Parses the CLI form `rate=0.2,seed=7,kinds=503+reset,scope=upload,slow-ms=500`. */
function parseFaultSpec(spec) {
    const options = { rate: 0, seed: 1 };
    for (const item of spec.split(',')) {
        const [key, value] = item.split('=').map((s) => s.trim());
        if (!key)
            continue;
        if (value === undefined)
            throw new Error(`--faults: '${item}' is not key=value (e.g. rate=0.2,seed=7,kinds=503+reset)`);
        switch (key) {
            case 'rate':
                options.rate = Number(value);
                break;
            case 'seed':
                options.seed = Number.parseInt(value, 10);
                break;
            case 'kinds':
                options.kinds = value.split('+').map((k) => k.trim());
                break;
            case 'scope':
                if (value !== 'upload' && value !== 'read' && value !== 'all')
                    throw new Error(`--faults: scope must be upload, read or all, got '${value}'`);
                options.scope = value;
                break;
            case 'slow-ms':
                options.slowMs = Number.parseInt(value, 10);
                break;
            default:
                throw new Error(`--faults: unknown key '${key}'; use rate, seed, kinds, scope, slow-ms`);
        }
    }
    if (!Number.isFinite(options.rate) || options.rate < 0 || options.rate > 1)
        throw new Error('--faults: rate must be a number between 0 and 1');
    if (!Number.isInteger(options.seed))
        throw new Error('--faults: seed must be an integer');
    new FaultPlan(options); // validates kinds
    return options;
}


/***/ }),

/***/ 91853:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CQ: () => (/* binding */ Journal),
  Wp: () => (/* binding */ readJournalFile)
});

// UNUSED EXPORTS: scanJournal

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./packages/local-index/journal-entry.ts
const FILE_SHAPE = {
    filename: 'string',
    project: 'string',
    version: 'string',
    packagetype: 'string',
    size: 'number',
    digests: 'object',
    uploadTime: 'string',
    path: 'string',
};
const SHAPES = {
    add: { projectName: 'string', version: 'string', versionKey: 'string', metadata: 'object', file: 'object' },
    delete: { filename: 'string' },
    yank: { project: 'string', versionKey: 'string', reason: 'string' },
    unyank: { project: 'string', versionKey: 'string' },
};
function missingField(value, shape) {
    for (const [key, type] of Object.entries(shape)) {
        const actual = value[key];
        if (typeof actual !== type || actual === null)
            return key;
    }
    return null;
}
/** The entry a journal line holds, or one phrase saying why it holds none. */
function parseJournalLine(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { problem: 'is not valid JSON' };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { problem: 'is not a JSON object' };
    const record = value;
    const op = record.op;
    if (typeof op !== 'string' || !Object.hasOwn(SHAPES, op))
        return { problem: `has an unknown op ${JSON.stringify(op ?? null)}` };
    const missing = missingField(record, SHAPES[op]);
    if (missing)
        return { problem: `(${op}) lacks a valid '${missing}'` };
    if (op === 'add') {
        const fileMissing = missingField(record.file, FILE_SHAPE);
        if (fileMissing)
            return { problem: `(add) lacks a valid 'file.${fileMissing}'` };
    }
    return record;
}

// EXTERNAL MODULE: ./packages/local-index/storage-error.ts
var storage_error = __nccwpck_require__(42869);
// EXTERNAL MODULE: ./packages/local-index/storage-fs.ts
var storage_fs = __nccwpck_require__(63972);
;// CONCATENATED MODULE: ./packages/local-index/journal.ts
/**
 * The index's durable state: an append-only journal of JSON lines. An append returns only once its line is
 * wholly on disk (written in full and fsynced); a failed append is cut back off, so the file never holds
 * part of a line followed by another. Replayed on start.
 */




/**
 * Splits a journal into lines (pure). The newline is the last byte of every append, so a tail without one
 * is a torn write: its append never returned, nothing was answered or served from it.
 */
function scanJournal(bytes) {
    const lines = [];
    let offset = 0;
    while (offset < bytes.length) {
        const eol = bytes.indexOf(0x0a, offset);
        if (eol < 0)
            return { lines, completeBytes: offset, torn: true };
        const text = bytes.toString('utf8', offset, eol);
        const parsed = parseJournalLine(text);
        const number = lines.length + 1;
        lines.push('problem' in parsed ? { number, problem: parsed.problem, text } : { number, entry: parsed });
        offset = eol + 1;
    }
    return { lines, completeBytes: offset, torn: false };
}
/** Reads the journal at `path` (none yet: empty). */
async function readJournalFile(system, path) {
    try {
        return scanJournal(await system.fs.readFile(path));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { lines: [], completeBytes: 0, torn: false };
        throw error;
    }
}
/** An open journal; `append` returns only once the entry is on disk. */
class Journal {
    handle;
    size;
    cutBackFailed = false;
    constructor(handle, size) {
        this.handle = handle;
        this.size = size;
    }
    /**
     * Opens the journal at `path` for appending, cutting it to `keepBytes` (a torn tail goes). A journal
     * created here gets its directory fsynced, so its entry survives a crash.
     */
    static async open(system, path, keepBytes) {
        let handle;
        try {
            handle = await system.fs.open(path, 'wx');
            await handle.sync();
            await (0,storage_fs/* syncDirectory */.zR)(system, (0,external_node_path_.dirname)(path));
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            handle = await system.fs.open(path, 'r+');
        }
        if ((await handle.stat()).size !== keepBytes) {
            await handle.truncate(keepBytes);
            await handle.sync();
        }
        return new Journal(handle, keepBytes);
    }
    /** True once a failed append could not be cut back off: the file's tail is unknown until a restart. */
    get broken() {
        return this.cutBackFailed;
    }
    /**
     * Appends one entry and fsyncs. On failure the line is cut back off (and fsynced) before the error is
     * raised, so nothing of it stays; if even that fails, every later append is refused until a restart.
     * Callers serialize appends (one writer at a time).
     */
    async append(entry) {
        if (this.cutBackFailed)
            throw new storage_error/* StorageWriteError */.DR('EJOURNAL', 'writing the journal');
        const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
        try {
            // Positioned writes rather than O_APPEND: Windows cannot truncate a file opened for appending.
            await (0,storage_fs/* writeFully */.KM)(this.handle, line, this.size);
            await this.handle.sync();
        }
        catch (error) {
            await this.cutBack();
            throw (0,storage_error/* writeFailure */.EU)(error, 'writing the journal');
        }
        this.size += line.length;
    }
    /** Closes the file. */
    async close() {
        await this.handle.close();
    }
    async cutBack() {
        try {
            await this.handle.truncate(this.size);
            await this.handle.sync();
        }
        catch {
            this.cutBackFailed = true;
        }
    }
}


/***/ }),

/***/ 86672:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ lockDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _storage_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(42869);
/** One index per storage directory: a lock file holding the owner's pid, taken over when that pid is gone. */



function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM means it exists but belongs to someone else: still alive.
        return error.code === 'EPERM';
    }
}
/** Takes `<dir>/.lock`, or throws naming the process that holds it. */
async function lockDirectory(dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.lock');
    for (let attempt = 0; attempt < 2; attempt += 1) {
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'wx');
            await handle.writeFile(String(process.pid));
            await handle.close();
            return { release: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true }) };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const owner = Number.parseInt(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch(() => ''), 10);
            if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
                throw new _storage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .StorageError */ .aq(`storage directory ${dir} is in use by another index (pid ${owner}); stop it or choose another --storage`);
            }
            if (owner === process.pid) {
                throw new _storage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .StorageError */ .aq(`storage directory ${dir} is already served by this process; close that index first`);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true }); // stale: its owner died without cleaning up
        }
    }
    throw new _storage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .StorageError */ .aq(`storage directory ${dir}: could not take its lock file ${path}`);
}


/***/ }),

/***/ 53236:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ startIndex)
});

// UNUSED EXPORTS: IndexStartError

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
;// CONCATENATED MODULE: ./packages/dists/rules/types.ts
/** PyPI's default per-file upload limit: 100 MiB. */
const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;
/** PyPI's default per-project limit: 10 GiB. */
const PYPI_MAX_PROJECT_SIZE = 10 * 1024 * 1024 * 1024;
/** A 400 Bad Request problem. */
function badRequest(code, message) {
    return { code, status: 400, message };
}

;// CONCATENATED MODULE: ./packages/dists/readme-renderer.ts
// One JSON line in ({"text": ...}), one out ({"ok": bool}); warnings go to a buffer, not stderr.
const WORKER = `
import io, json, sys
try:
    from importlib.metadata import version
    import readme_renderer.rst as rst
except Exception as exc:
    print(json.dumps({"error": "%s: %s" % (type(exc).__name__, exc)}), flush=True)
    sys.exit(0)
print(json.dumps({"version": version("readme-renderer")}), flush=True)
for line in sys.stdin:
    text = json.loads(line)["text"]
    try:
        ok = rst.render(text, stream=io.StringIO()) is not None
    except Exception:
        ok = False
    print(json.dumps({"ok": ok}), flush=True)
`;
/** Renders reStructuredText with readme_renderer in a Python child process (one for the renderer's life). */
class PythonRstRenderer {
    worker = null;
    state = null;
    queue = Promise.resolve();
    pythons;
    constructor(options = {}) {
        const fromEnv = process.env.RELEASE_ACTIONS_PYTHON;
        this.pythons = options.pythons ?? [...(fromEnv ? [fromEnv] : []), 'python3', '/usr/bin/python3'];
    }
    /** Starts the worker if needed and says whether it runs (and with which readme_renderer). */
    async status() {
        if (this.state)
            return this.state;
        await this.start();
        return this.state ?? { available: false, reason: 'not started' };
    }
    /** True when the text renders, false when readme_renderer refuses it, null when no renderer runs. */
    rendersRst(text) {
        const run = this.queue.then(async () => {
            const worker = await this.start();
            if (!worker)
                return null;
            worker.child.stdin.write(`${JSON.stringify({ text })}\n`);
            const line = await worker.next();
            if (line === null) {
                this.worker = null;
                return null;
            }
            return JSON.parse(line).ok;
        });
        this.queue = run.catch(() => undefined);
        return run;
    }
    /** Ends the worker process. */
    close() {
        void this.worker?.then((w) => w?.child.stdin.end());
        this.worker = null;
    }
    start() {
        this.worker ??= this.spawnFirstWorking();
        return this.worker;
    }
    async spawnFirstWorking() {
        const reasons = [];
        for (const python of this.pythons) {
            const worker = await spawnWorker(python).catch((error) => ({ error: error.message }));
            if ('child' in worker) {
                this.state = { available: true, python, version: worker.version };
                return worker;
            }
            reasons.push(`${python}: ${worker.error}`);
        }
        this.state = {
            available: false,
            reason: `no Python with readme_renderer could run (${reasons.join('; ')})`,
        };
        return null;
    }
}
async function spawnWorker(python) {
    // Loaded with the first description to render: an action's start-up does not pay for them.
    const [{ spawn }, { createInterface }] = await Promise.all([
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 31421, 23)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 80481, 23)),
    ]);
    return new Promise((resolve) => {
        const child = spawn(python, ['-c', WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
        const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
        const next = async () => {
            const { value, done } = await lines.next();
            return done ? null : value;
        };
        child.once('error', (error) => resolve({ error: error.message }));
        child.stderr.resume();
        void next().then((first) => {
            const hello = first === null ? null : JSON.parse(first);
            if (hello?.version)
                resolve({ child, next, version: hello.version });
            else {
                child.kill();
                resolve({ error: hello?.error ?? 'exited before it answered' });
            }
        });
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./packages/dists/names.ts
/** PEP 503 / PEP 508 project names: the only place that normalizes them. */
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** True when `name` is a valid project name (PEP 508 / core metadata `Name`). */
function isValidProjectName(name) {
    return VALID_NAME.test(name);
}
/** PEP 503 normalized form: lower case, runs of `-`, `_`, `.` collapsed to one `-`. */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The form wheel and sdist filenames use for the name part (PEP 427/625): runs of `-_.` become `_`. */
function filenameProjectName(name) {
    return name.replace(/[-_.]+/g, '_').toLowerCase();
}

;// CONCATENATED MODULE: ./packages/local-index/auth.ts
/**
 * Upload authentication as PyPI does it: HTTP Basic with user `__token__` and an API token as password (or
 * the token alone as `Bearer`/`token`). Who the caller is is decided here; what a minted token may do (its
 * project, its expiry) is decided later, after the form, as warehouse checks permissions after the form.
 */

const INVALID_AUTH = 'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
const NO_PASSWORDS = 'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers';
const NON_USER = "Non-user identities cannot create new projects. This was probably caused by successfully using a pending publisher but specifying the project name incorrectly (either in the publisher or in your project's metadata). Please ensure that both match. See: https://docs.pypi.org/trusted-publishers/troubleshooting/";
/** The user and password of a Basic Authorization header, or null. */
function parseBasicAuth(header) {
    if (!header)
        return null;
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!match?.[1])
        return null;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
        return null;
    return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
// warehouse's macaroon policy also takes the token alone, as `Bearer <token>` or `token <token>`.
function bareToken(header) {
    const match = /^(?:bearer|token) (.+)$/is.exec(header ?? '');
    return match?.[1] ?? null;
}
function sameSecret(a, b) {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && (0,external_node_crypto_.timingSafeEqual)(left, right);
}
/** Checks an upload's Authorization header; open when neither a token nor trusted publishing is configured. */
function authenticateUpload(header, token, trusted) {
    if (token === undefined && !trusted.enabled)
        return { ok: true, identity: { kind: 'token' } };
    const credentials = parseBasicAuth(header);
    if (credentials && credentials.user !== '__token__')
        return { ok: false, status: 403, message: NO_PASSWORDS };
    // warehouse strips whitespace around the token before looking it up.
    const password = (credentials?.password ?? bareToken(header))?.trim();
    if (!password)
        return { ok: false, status: 403, message: INVALID_AUTH };
    if (token !== undefined && sameSecret(password, token))
        return { ok: true, identity: { kind: 'token' } };
    const minted = trusted.lookup(password);
    if (!minted)
        return { ok: false, status: 403, message: INVALID_AUTH };
    return {
        ok: true,
        identity: {
            kind: 'trusted-publisher',
            project: minted.project,
            expired: minted.expired,
            publisher: minted.publisher,
        },
    };
}
/**
 * What warehouse says when the identity may not upload to `projectKey` (null: allowed). A minted token's
 * caveats are checked in order (its publisher's project, then expiry); a publisher's own project counts as
 * existing, as the pending publisher on PyPI created it. Only users may create projects.
 */
function permissionProblem(identity, projectKey, project) {
    if (identity.kind === 'token')
        return null;
    if (identity.project !== null && identity.project !== projectKey) {
        if (project === null)
            return { status: 400, message: NON_USER };
        return {
            status: 403,
            message: `Invalid API Token: OIDC scoped token is not valid for project '${project.name}'`,
        };
    }
    if (identity.expired)
        return { status: 403, message: 'Invalid API Token: token is expired' };
    return null;
}

;// CONCATENATED MODULE: ./packages/local-index/responses.ts

const EXPLANATIONS = {
    400: 'The server could not comply with the request since it is either malformed or otherwise incorrect.',
    401: 'This server could not verify that you are authorized to access the document you requested.',
    403: 'Access was denied to this resource.',
    404: 'The resource could not be found.',
    405: 'The method is not allowed for this resource.',
    406: 'The server could not produce a response in a format the client accepts.',
    410: 'This resource is no longer available.',
    413: 'The request body is too large.',
    422: 'The request could not be processed.',
    429: 'Too many requests; slow down.',
    500: 'The server has either erred or is incapable of performing the requested operation.',
    502: 'Bad gateway.',
    503: 'The server is currently unavailable. Please try again at a later time.',
};
/** A reason phrase node will accept: no control characters, Latin-1 only, one line. */
function reasonPhrase(message) {
    return message.replace(/[^\t\x20-\x7e\xa0-\xff]/g, '?').slice(0, 1024);
}
// Headers go through setHeader so they stay readable (getHeader) for the access log.
function head(res, status, reason, headers) {
    for (const [name, value] of Object.entries(headers))
        res.setHeader(name, value);
    if (reason === undefined)
        res.writeHead(status);
    else
        res.writeHead(status, reason);
}
/**
 * Ends `res` with `status` and `message` as PyPI's legacy API does: the message in the status line (twine
 * prints the reason) and in the body, as JSON when the client asks for it, plain text otherwise.
 */
function sendError(req, res, status, message, headers = {}) {
    const title = external_node_http_.STATUS_CODES[status] ?? 'Error';
    const wantsJson = /application\/json/i.test(req.headers.accept ?? '');
    const body = wantsJson
        ? JSON.stringify({ message, code: `${status} ${reasonPhrase(message)}`, title })
        : `${status} ${title}\n\n${EXPLANATIONS[status] ?? ''}\n\n${message}\n`;
    head(res, status, reasonPhrase(message || title), {
        'Content-Type': wantsJson ? 'application/json' : 'text/plain; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
}
/** Ends `res` with a JSON document. */
function sendJson(req, res, status, value, headers = {}) {
    const body = JSON.stringify(value);
    head(res, status, undefined, {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
}
/** Ends `res` with a text body of the given type. */
function sendText(req, res, status, contentType, body, headers = {}) {
    head(res, status, undefined, {
        'Content-Type': contentType,
        'Content-Length': String(Buffer.byteLength(body)),
        ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
}
/** Ends `res` with a permanent redirect. */
function sendRedirect(req, res, location, headers = {}) {
    const body = `301 Moved Permanently\n\nThe resource has been moved to ${location}; you should be redirected automatically.\n`;
    head(res, 301, undefined, {
        Location: location,
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
}

// EXTERNAL MODULE: ./packages/pep440/parse.ts
var parse = __nccwpck_require__(61695);
// EXTERNAL MODULE: ./packages/pep440/format.ts
var format = __nccwpck_require__(92621);
// EXTERNAL MODULE: ./packages/pep440/compare.ts
var compare = __nccwpck_require__(56187);
;// CONCATENATED MODULE: ./packages/local-index/release-lookup.ts
/** Finding a project's release by version the way PyPI does. */

/** Each release's version, parsed once: every upload looks its release up among all of the project's. */
const parsedKeys = new WeakMap();
function parsedKey(release) {
    let parsed = parsedKeys.get(release);
    if (parsed === undefined) {
        parsed = (0,parse/* parseVersion */.ot)(release.key) ?? release.key;
        parsedKeys.set(release, parsed);
    }
    return parsed;
}
/** Finds the release a version belongs to: PyPI matches releases by canonical version (1.0 == 1.0.0). */
function findRelease(project, version) {
    if (!project)
        return undefined;
    const normalized = (0,format/* normalizeVersion */.Qj)(version);
    if (normalized === null)
        return undefined;
    const same = project.releases.get(normalized);
    if (same)
        return same;
    const wanted = (0,parse/* parseVersion */.ot)(normalized) ?? normalized;
    for (const release of project.releases.values()) {
        if ((0,compare/* compareVersions */.Z)(parsedKey(release), wanted) === 0)
            return release;
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/local-index/storage-error.ts
var storage_error = __nccwpck_require__(42869);
;// CONCATENATED MODULE: ./packages/local-index/unread-body.ts

/** Reads and discards what is left of `req`'s body; resolves once it has all arrived or the client is gone. */
function discardRest(req) {
    return new Promise((resolve) => {
        if (req.complete || req.destroyed) {
            resolve();
            return;
        }
        req.once('end', () => resolve());
        req.once('close', () => resolve());
        req.resume();
    });
}
/**
 * Sends `answer` while the rest of the body is discarded. On a kept-alive connection the answer goes at once
 * (node goes on reading the body; curl stops sending when it sees an early answer); a connection that closes
 * after this answer (`Connection: close`, HTTP/1.0) is answered only once the body is in, as closing sooner
 * would reset it.
 */
async function answerUnread(req, res, answer) {
    const rest = discardRest(req);
    if (!res.shouldKeepAlive)
        await rest;
    if (!res.destroyed)
        answer();
}
/** `sendError`'s answer, sent as answerUnread sends one: the rest of the body is read and discarded. */
function sendErrorUnread(req, res, status, message, headers) {
    return answerUnread(req, res, () => sendError(req, res, status, message, headers));
}

;// CONCATENATED MODULE: ./packages/local-index/admin-api.ts







/** The admin operations on a store. */
function createAdmin(store) {
    const releaseKey = (project, version) => {
        return findRelease(store.project(normalizeProjectName(project)), version)?.key ?? null;
    };
    return {
        deleteFile: (filename) => store.exclusive(() => store.deleteFile(filename)),
        yank: (project, version, reason = '') => store.exclusive(async () => {
            const key = releaseKey(project, version);
            return key !== null && store.yank(normalizeProjectName(project), key, reason);
        }),
        unyank: (project, version) => store.exclusive(async () => {
            const key = releaseKey(project, version);
            return key !== null && store.unyank(normalizeProjectName(project), key);
        }),
    };
}
/** Reads a small request body (JSON payloads); rejects past `limit` bytes. */
async function readBody(req, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > limit)
            throw new Error('body too large');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** True when the request carries the admin token (the configured `token`), as Bearer or as `__token__`'s password. */
function authorized(token, req) {
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    const given = bearer ?? (parseBasicAuth(header)?.user === '__token__' ? parseBasicAuth(header)?.password : undefined);
    if (given === undefined)
        return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/**
 * `POST /_admin/delete {filename}`, `POST /_admin/yank {project, version, reason?}`, `POST /_admin/unyank
 * {project, version}`, `GET /_admin/load`. Only with the admin token: the configured `token`, whatever else
 * may upload (a minted token never); with no token configured the admin API does not exist (404).
 */
async function handleAdmin(ctx, admin, req, res, url) {
    const refuse = (status, message, headers) => sendErrorUnread(req, res, status, message, headers);
    if (ctx.token === undefined)
        return refuse(404, 'Not Found');
    if (!authorized(ctx.token, req))
        return refuse(403, 'Invalid or non-existent authentication information.');
    const action = url.pathname.slice('/_admin/'.length);
    if (action === 'load') {
        if (req.method !== 'GET' && req.method !== 'HEAD')
            return refuse(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
        return sendJson(req, res, 200, ctx.uploads.snapshot());
    }
    if (req.method !== 'POST')
        return refuse(405, 'Method Not Allowed', { Allow: 'POST' });
    try {
        await adminChange(admin, req, res, action);
    }
    catch (error) {
        if (!(error instanceof storage_error/* StorageWriteError */.DR))
            throw error;
        const { status, message, headers } = (0,storage_error/* writeFailureAnswer */.Cg)(error);
        sendError(req, res, status, message, headers);
    }
}
/** The change an admin request asks for, carried out and answered. */
async function adminChange(admin, req, res, action) {
    let payload;
    try {
        payload = JSON.parse(await readBody(req, 64 * 1024));
        if (typeof payload !== 'object' || payload === null)
            throw new Error('not an object');
    }
    catch {
        return sendError(req, res, 400, 'The body must be a JSON object.');
    }
    const text = (key) => typeof payload[key] === 'string' ? payload[key] : null;
    if (action === 'delete') {
        const filename = text('filename');
        if (!filename)
            return sendError(req, res, 400, "Missing 'filename'.");
        const done = await admin.deleteFile(filename);
        return done
            ? sendJson(req, res, 200, { deleted: filename })
            : sendError(req, res, 404, `No file named '${filename}'.`);
    }
    if (action === 'yank' || action === 'unyank') {
        const project = text('project');
        const version = text('version');
        if (!project || !version)
            return sendError(req, res, 400, "Missing 'project' or 'version'.");
        const done = action === 'yank'
            ? await admin.yank(project, version, text('reason') ?? '')
            : await admin.unyank(project, version);
        return done
            ? sendJson(req, res, 200, { [action === 'yank' ? 'yanked' : 'unyanked']: { project, version } })
            : sendError(req, res, 404, `No release ${version} of '${project}'.`);
    }
    sendError(req, res, 404, 'Not Found');
}

;// CONCATENATED MODULE: ./packages/local-index/descriptions.ts
/** Tells `notice` whether reStructuredText descriptions are rendered here (and with what), or why not. */
async function announceDescriptions(renderer, notice) {
    const status = await renderer.status();
    notice(status.available
        ? `descriptions: reStructuredText rendered with readme_renderer ${status.version} (${status.python}), as on PyPI`
        : `descriptions: reStructuredText is NOT checked, ${status.reason}; PyPI refuses one that does not render`);
}

// EXTERNAL MODULE: ./packages/local-index/faults.ts
var faults = __nccwpck_require__(25258);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./packages/local-index/visibility.ts
/** True when a file uploaded at `file.uploadTime` is visible at `now`. */
function isVisible(file, now, delayMs) {
    return delayMs <= 0 || Date.parse(file.uploadTime) + delayMs <= now;
}
/**
 * The project's releases as readers see them, each holding only its visible files. A release appears with
 * its first visible file; a release whose files were all deleted stays listed, as on PyPI.
 */
function visibleReleases(project, now, delayMs) {
    const releases = [];
    for (const release of project.releases.values()) {
        const files = release.files.filter((f) => isVisible(f, now, delayMs));
        if (files.length === 0 && release.files.length > 0)
            continue;
        releases.push({ ...release, files });
    }
    return releases;
}

;// CONCATENATED MODULE: ./packages/local-index/provenance-api.ts





/** The provenance URL of a stored file under `baseUrl` (PEP 691's `provenance` key), or null without one. */
function provenanceUrl(baseUrl, projectName, file) {
    if (!file.provenance)
        return null;
    const parts = [projectName, file.version, file.filename].map(encodeURIComponent);
    return `${baseUrl}/integrity/${parts.join('/')}/provenance`;
}
/** Serves one file's provenance. */
async function handleProvenance(ctx, req, res, url) {
    const parts = url.pathname.split('/').map((part) => {
        try {
            return decodeURIComponent(part);
        }
        catch {
            return '';
        }
    });
    // ['', 'integrity', project, version, filename, 'provenance']
    const [, , project, version, filename, leaf] = parts;
    const found = filename ? ctx.store.file(filename) : undefined;
    const matches = parts.length === 6 &&
        leaf === 'provenance' &&
        found !== undefined &&
        normalizeProjectName(project ?? '') === found.project.normalized &&
        (version === found.release.version || (0,format/* normalizeVersion */.Qj)(version ?? '') === found.release.key) &&
        isVisible(found.file, ctx.now(), ctx.visibilityDelayMs);
    if (!found || !matches)
        return sendError(req, res, 404, 'Not Found');
    if (!found.file.provenance)
        return sendJson(req, res, 404, { message: `No provenance available for ${found.file.filename}` });
    const text = await (0,promises_.readFile)(`${ctx.store.absolute(found.file.path)}.provenance`, 'utf8');
    sendJson(req, res, 200, JSON.parse(text));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./packages/local-index/accept.ts
/** PEP 691 content negotiation for the simple API. */
/** The Content-Type sent for each format. */
const SIMPLE_CONTENT_TYPES = {
    json: 'application/vnd.pypi.simple.v1+json',
    html: 'application/vnd.pypi.simple.v1+html',
    'text/html': 'text/html',
};
// Offer order breaks ties between equal q values: text/html first, as warehouse offers them.
const OFFERS = [
    ['text/html', 'text/html'],
    ['application/vnd.pypi.simple.v1+html', 'html'],
    ['application/vnd.pypi.simple.v1+json', 'json'],
];
function parseAccept(header) {
    const ranges = [];
    for (const item of header.split(',')) {
        const [media, ...params] = item.split(';');
        const [type, subtype] = (media ?? '').trim().toLowerCase().split('/');
        if (!type || !subtype)
            continue;
        let q = 1;
        for (const param of params) {
            const [key, value] = param.split('=').map((s) => s.trim());
            if (key?.toLowerCase() === 'q' && value !== undefined) {
                const parsed = Number.parseFloat(value);
                q = Number.isFinite(parsed) ? Math.min(1, Math.max(0, parsed)) : 0;
            }
        }
        ranges.push({ type, subtype, q });
    }
    return ranges;
}
function quality(ranges, offer) {
    const [type, subtype] = offer.split('/');
    let best = -1;
    let bestSpecificity = -1;
    for (const range of ranges) {
        const matches = (range.type === '*' && range.subtype === '*') ||
            (range.type === type && (range.subtype === '*' || range.subtype === subtype));
        if (!matches)
            continue;
        // The most specific matching range decides, per RFC 9110.
        const specificity = range.type === '*' ? 0 : range.subtype === '*' ? 1 : 2;
        if (specificity > bestSpecificity) {
            bestSpecificity = specificity;
            best = range.q;
        }
    }
    return best;
}
/**
 * The format to answer in for this `Accept` header (or a `?format=` override), limited to `allowed`.
 * Like warehouse, a header that matches nothing gets the default (text/html) rather than a 406.
 */
function chooseSimpleFormat(accept, formatParam, allowed = ['json', 'html', 'text/html']) {
    const fallback = allowed.includes('text/html') ? 'text/html' : (allowed[0] ?? 'text/html');
    const header = formatParam ?? accept;
    if (!header || header.trim() === '')
        return fallback;
    const ranges = parseAccept(header);
    let chosen = null;
    let chosenQ = 0;
    for (const [offer, format] of OFFERS) {
        if (!allowed.includes(format))
            continue;
        const q = quality(ranges, offer);
        if (q > chosenQ) {
            chosen = format;
            chosenQ = q;
        }
    }
    return chosen ?? fallback;
}

;// CONCATENATED MODULE: ./packages/pep440/kinds.ts
/** What kind of release a version is, with packaging's definitions. */

/** packaging's is_prerelease: true for pre-releases and for dev releases (1.0.dev1 is a pre-release). */
function isPrerelease(v) {
    const { pre, dev } = (0,parse/* toVersion */.OO)(v);
    return pre !== null || dev !== null;
}
/** True when the version has a .devN segment. */
function isDevrelease(v) {
    return toVersion(v).dev !== null;
}
/** True when the version has a .postN segment (including the implicit form 1.0-1). */
function isPostrelease(v) {
    return (0,parse/* toVersion */.OO)(v).post !== null;
}

;// CONCATENATED MODULE: ./packages/local-index/json-api.ts

/** The release PyPI describes in `info`: the newest non-yanked final release, else the newest release. */
function latestRelease(releases) {
    const ordered = [...releases].sort((a, b) => (0,compare/* compareVersions */.Z)(b.key, a.key));
    return (ordered.find((r) => !r.yanked && !isPrerelease(r.key)) ?? ordered.find((r) => !r.yanked) ?? ordered[0]);
}
function fileJson(file, release, url) {
    return {
        comment_text: '',
        digests: { blake2b_256: file.digests.blake2b_256, md5: file.digests.md5, sha256: file.digests.sha256 },
        downloads: -1,
        filename: file.filename,
        has_sig: false,
        md5_digest: file.digests.md5,
        packagetype: file.packagetype,
        python_version: file.pythonVersion,
        requires_python: file.requiresPython,
        size: file.size,
        upload_time: file.uploadTime.slice(0, 19),
        upload_time_iso_8601: file.uploadTime,
        url,
        yanked: release.yanked,
        yanked_reason: release.yanked ? release.yankedReason || null : null,
    };
}
function orNull(list) {
    return list && list.length > 0 ? list : null;
}
function infoJson(project, release, baseUrl) {
    const m = release.metadata;
    const projectUrls = m.projectUrls.length > 0 ? Object.fromEntries(m.projectUrls.map((u) => [u.label, u.url])) : null;
    const packageUrl = `${baseUrl}/project/${project.name}/`;
    return {
        author: m.author ?? null,
        author_email: m.authorEmail ?? null,
        bugtrack_url: null,
        classifiers: m.classifiers,
        description: m.description ?? null,
        description_content_type: m.descriptionContentType ?? null,
        docs_url: null,
        download_url: m.downloadUrl ?? null,
        downloads: { last_day: -1, last_month: -1, last_week: -1 },
        dynamic: orNull(m.dynamic),
        home_page: m.homePage ?? null,
        keywords: m.keywords?.join(',') ?? null,
        license: m.license ?? null,
        license_expression: m.licenseExpression ?? null,
        license_files: orNull(m.licenseFiles),
        maintainer: m.maintainer ?? null,
        maintainer_email: m.maintainerEmail ?? null,
        name: project.name,
        package_url: packageUrl,
        platform: m.platforms[0] ?? null,
        project_url: packageUrl,
        project_urls: projectUrls,
        provides_extra: orNull(m.providesExtra),
        release_url: `${baseUrl}/project/${project.name}/${release.version}/`,
        requires_dist: orNull(m.requiresDist),
        requires_python: m.requiresPython ?? null,
        summary: m.summary ?? null,
        version: release.version,
        yanked: release.yanked,
        yanked_reason: release.yanked ? release.yankedReason || null : null,
    };
}
/** `/pypi/<project>/json`; undefined when the project has no visible release. */
function projectJson(view, baseUrl, fileUrl) {
    const latest = latestRelease(view.releases);
    if (!latest)
        return undefined;
    const ordered = [...view.releases].sort((a, b) => (0,compare/* compareVersions */.Z)(a.key, b.key));
    return {
        info: infoJson(view.project, latest, baseUrl),
        last_serial: view.serial,
        releases: Object.fromEntries(ordered.map((r) => [r.version, r.files.map((f) => fileJson(f, r, fileUrl(f)))])),
        urls: latest.files.map((f) => fileJson(f, latest, fileUrl(f))),
        vulnerabilities: [],
    };
}
/** `/pypi/<project>/<version>/json`. */
function releaseJson(view, release, baseUrl, fileUrl) {
    return {
        info: infoJson(view.project, release, baseUrl),
        last_serial: view.serial,
        urls: release.files.map((f) => fileJson(f, release, fileUrl(f))),
        vulnerabilities: [],
    };
}

;// CONCATENATED MODULE: ./packages/local-index/simple-api.ts
/** The repository version served: 1.1 is PEP 700 (`versions`, `size`, `upload-time`). */
const API_VERSION = '1.1';
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function yankedValue(release) {
    return release.yanked ? release.yankedReason || true : false;
}
/** The project list, `/simple/`. */
function renderProjectList(projects, serial, format) {
    if (format === 'json') {
        return JSON.stringify({
            meta: { 'api-version': API_VERSION, '_last-serial': serial },
            projects: projects.map((p) => ({ name: p.name })),
        });
    }
    const links = projects.map((p) => `    <a href="/simple/${escapeHtml(p.normalized)}/">${escapeHtml(p.name)}</a>`);
    return [
        '<!DOCTYPE html>',
        '<html>',
        '  <head>',
        `    <meta name="pypi:repository-version" content="${API_VERSION}">`,
        '    <title>Simple index</title>',
        '  </head>',
        '  <body>',
        ...links,
        '  </body>',
        '</html>',
        `<!--SERIAL ${serial}-->`,
        '',
    ].join('\n');
}
/**
 * One project's page, `/simple/<normalized>/`; `fileUrl` gives the download URL of a file, `provenance`
 * its PEP 740 provenance URL (null: none, as PyPI says for a file uploaded without attestations).
 */
function renderProjectPage(view, format, fileUrl, provenance = () => null) {
    if (format === 'json') {
        return JSON.stringify({
            meta: { 'api-version': API_VERSION, '_last-serial': view.serial },
            name: view.normalized,
            versions: view.versions,
            files: view.files.map(({ file, release }) => {
                const metadata = file.coreMetadata ? { sha256: file.coreMetadata.sha256 } : false;
                return {
                    filename: file.filename,
                    url: fileUrl(file),
                    hashes: { sha256: file.digests.sha256 },
                    'requires-python': file.requiresPython,
                    'core-metadata': metadata,
                    'data-dist-info-metadata': metadata,
                    size: file.size,
                    'upload-time': file.uploadTime,
                    yanked: yankedValue(release),
                    provenance: provenance(file),
                };
            }),
        });
    }
    const links = view.files.map(({ file, release }) => {
        const attributes = [`href="${escapeHtml(`${fileUrl(file)}#sha256=${file.digests.sha256}`)}"`];
        if (file.requiresPython)
            attributes.push(`data-requires-python="${escapeHtml(file.requiresPython)}"`);
        if (file.coreMetadata) {
            const value = `sha256=${file.coreMetadata.sha256}`;
            attributes.push(`data-dist-info-metadata="${value}"`, `data-core-metadata="${value}"`);
        }
        if (release.yanked)
            attributes.push(`data-yanked="${escapeHtml(release.yankedReason)}"`);
        const provenanceUrl = provenance(file);
        if (provenanceUrl)
            attributes.push(`data-provenance="${escapeHtml(provenanceUrl)}"`);
        return `    <a ${attributes.join(' ')}>${escapeHtml(file.filename)}</a><br />`;
    });
    return [
        '<!DOCTYPE html>',
        '<html>',
        '  <head>',
        `    <meta name="pypi:repository-version" content="${API_VERSION}">`,
        `    <title>Links for ${escapeHtml(view.normalized)}</title>`,
        '  </head>',
        '  <body>',
        `    <h1>Links for ${escapeHtml(view.normalized)}</h1>`,
        ...links,
        '  </body>',
        '</html>',
        `<!--SERIAL ${view.serial}-->`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/local-index/read-api.ts
/** The read side: simple API, JSON API and file downloads, all as PyPI answers them. */











/** decodeURIComponent that answers null instead of throwing on a malformed escape. */
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return null;
    }
}
/** The scheme and host the client used, so links work through whatever address it reached us on. */
function baseUrlOf(req, fallback) {
    const host = req.headers.host;
    return host ? `http://${host}` : fallback;
}
function allowedFormats(ctx) {
    if (ctx.simpleFormats === 'html')
        return ['html', 'text/html'];
    if (ctx.simpleFormats === 'json')
        return ['json'];
    return ['json', 'html', 'text/html'];
}
function visibleProject(ctx, normalized) {
    const project = ctx.store.project(normalized);
    if (!project)
        return null;
    const releases = visibleReleases(project, Date.now(), ctx.visibilityDelayMs);
    return releases.length > 0 ? { project, releases } : null;
}
/** `GET /simple/` and `GET /simple/<project>/`. */
function handleSimple(ctx, req, res, url, fallbackBase) {
    const format = chooseSimpleFormat(req.headers.accept, url.searchParams.get('format'), allowedFormats(ctx));
    const serial = String(ctx.store.serial);
    const common = { Vary: 'Accept', 'X-PyPI-Last-Serial': serial };
    const rest = url.pathname.slice('/simple/'.length);
    if (rest === '') {
        const projects = ctx.store.projects().filter((p) => visibleProject(ctx, p.normalized));
        const body = renderProjectList(projects, ctx.store.serial, format);
        return sendText(req, res, 200, SIMPLE_CONTENT_TYPES[format], body, common);
    }
    const name = decode(rest.replace(/\/$/, ''));
    if (name === null)
        return sendError(req, res, 404, 'Not Found', common);
    const normalized = normalizeProjectName(name);
    if (name !== normalized || !rest.endsWith('/') || rest.indexOf('/') !== rest.length - 1) {
        if (name.includes('/'))
            return sendError(req, res, 404, 'Not Found', common);
        return sendRedirect(req, res, `/simple/${encodeURIComponent(normalized)}/${url.search}`, common);
    }
    const found = visibleProject(ctx, normalized);
    if (!found)
        return sendError(req, res, 404, 'Not Found', common);
    const base = baseUrlOf(req, fallbackBase);
    const files = found.releases
        .flatMap((release) => release.files.map((file) => ({ file, release })))
        .sort((a, b) => (a.file.filename < b.file.filename ? -1 : a.file.filename > b.file.filename ? 1 : 0));
    const versions = found.releases.map((r) => r.version).sort(compare/* compareVersions */.Z);
    const body = renderProjectPage({ name: found.project.name, normalized, versions, files, serial: ctx.store.serial }, format, (file) => `${base}/${file.path}`, (file) => provenanceUrl(base, normalized, file));
    sendText(req, res, 200, SIMPLE_CONTENT_TYPES[format], body, common);
}
/** `GET /pypi/<project>/json` and `GET /pypi/<project>/<version>/json`. */
function handleJsonApi(ctx, req, res, url, fallbackBase) {
    const parts = url.pathname.split('/').slice(2).map(decode); // after '/pypi/'
    const notFound = () => sendJson(req, res, 404, { message: 'Not Found' });
    if (parts.some((part) => part === null))
        return notFound();
    if (parts.length < 2 || parts.length > 3 || parts[parts.length - 1] !== 'json')
        return notFound();
    const name = parts[0] ?? '';
    const found = visibleProject(ctx, normalizeProjectName(name));
    if (!found)
        return notFound();
    const serialHeader = { 'X-PyPI-Last-Serial': String(ctx.store.serial) };
    if (name !== found.project.name) {
        const tail = parts
            .slice(1)
            .map((part) => encodeURIComponent(part ?? ''))
            .join('/');
        return sendRedirect(req, res, `/pypi/${encodeURIComponent(found.project.name)}/${tail}`, serialHeader);
    }
    const base = baseUrlOf(req, fallbackBase);
    const fileUrl = (file) => `${base}/${file.path}`;
    const view = { project: found.project, releases: found.releases, serial: ctx.store.serial };
    if (parts.length === 2) {
        const body = projectJson(view, base, fileUrl);
        return body ? sendJson(req, res, 200, body, serialHeader) : notFound();
    }
    const wanted = findRelease(found.project, parts[1] ?? '');
    const release = wanted && found.releases.find((r) => r.key === wanted.key);
    if (!release)
        return notFound();
    sendJson(req, res, 200, releaseJson(view, release, base, fileUrl), serialHeader);
}
/** `GET /packages/…/<file>` and its PEP 658 `<file>.metadata`. */
async function handleDownload(ctx, req, res, url) {
    const path = decode(url.pathname.slice(1));
    if (path === null)
        return sendError(req, res, 404, 'Not Found');
    const last = path.slice(path.lastIndexOf('/') + 1);
    const isMetadata = last.endsWith('.metadata') && !ctx.store.file(last);
    const filename = isMetadata ? last.slice(0, -'.metadata'.length) : last;
    const found = ctx.store.file(filename);
    const expected = found ? (isMetadata ? `${found.file.path}.metadata` : found.file.path) : null;
    if (!found || path !== expected || (isMetadata && !found.file.coreMetadata)) {
        return sendError(req, res, 404, 'Not Found');
    }
    const absolute = ctx.store.absolute(expected);
    const size = (await (0,promises_.stat)(absolute)).size;
    const etag = `"${isMetadata ? found.file.coreMetadata?.sha256 : found.file.digests.sha256}"`;
    if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag });
        res.end();
        return;
    }
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Length', String(size));
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'max-age=365000000, immutable, public');
    res.writeHead(200);
    if (req.method === 'HEAD') {
        res.end();
        return;
    }
    await new Promise((resolve) => {
        const stream = (0,external_node_fs_.createReadStream)(absolute);
        stream.on('error', () => {
            res.destroy();
            resolve();
        });
        res.on('close', () => {
            stream.destroy();
            resolve();
        });
        stream.pipe(res);
    });
}

;// CONCATENATED MODULE: ./packages/attestations/errors.ts
/** Errors of signing and verifying attestations: one line each, naming the file when there is one. */
/** An attestation that could not be made or does not prove what it should; `message` is one line. */
class AttestationError extends Error {
    name = 'AttestationError';
}
/** The cause's own message as one line, without the stack. */
function causeLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${message}${cause && !message.includes(cause.slice(2)) ? cause : ''}`.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./packages/attestations/identity.ts
/**
 * Who signed: the Fulcio certificate extensions that name a GitHub workflow run, and the check PyPI makes
 * of them against a trusted publisher (pypi-attestations' GitHub policy). Pure: claims in, a problem out.
 */
/** Fulcio's certificate extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_OIDS = {
    issuerV2: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
};
/** GitHub Actions' OIDC issuer, which a GitHub publisher's certificate must name. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The signing workflow a certificate names, for messages: `owner/repo/.github/workflows/x.yml@ref`. */
function signingWorkflow(claims) {
    const uri = claims[FULCIO_OIDS.buildConfigUri] ?? '';
    return uri.replace(/^https:\/\/github\.com\//, '') || '(no build config URI)';
}
/**
 * Why the certificate is not `expected`'s (null: it is): the issuer is GitHub Actions, the source repository
 * is the publisher's, and the Build Config URI is the publisher's workflow at the certificate's own ref or
 * commit. The environment is not in the certificate; PyPI checks it when it mints the upload token.
 */
function publisherProblem(claims, expected) {
    const issuer = claims[FULCIO_OIDS.issuerV2];
    if (issuer !== GITHUB_ACTIONS_ISSUER)
        return `Certificate's OIDC issuer is ${issuer ?? '(none)'}, expected ${GITHUB_ACTIONS_ISSUER}`;
    const repositoryUri = claims[FULCIO_OIDS.sourceRepositoryUri];
    if (repositoryUri !== `https://github.com/${expected.repository}`)
        return `Certificate's source repository (${repositoryUri ?? 'none'}) does not match expected Trusted Publisher repository (${expected.repository})`;
    const suffixes = [
        claims[FULCIO_OIDS.sourceRepositoryDigest],
        claims[FULCIO_OIDS.sourceRepositoryRef],
    ].filter((suffix) => suffix !== undefined);
    if (suffixes.length === 0)
        return 'Certificate must contain either Source Repository Digest or Source Repository Ref';
    const buildConfigUri = claims[FULCIO_OIDS.buildConfigUri];
    const base = `https://github.com/${expected.repository}/.github/workflows/${expected.workflow}`;
    if (suffixes.some((suffix) => buildConfigUri === `${base}@${suffix}`))
        return null;
    return `Certificate's Build Config URI (${buildConfigUri ?? 'none'}) does not match expected Trusted Publisher (${expected.workflow} @ ${expected.repository})`;
}

;// CONCATENATED MODULE: ./packages/attestations/model.ts
/**
 * PEP 740's attestation object and the in-toto statement inside it, as pypi-attestations writes them, and
 * the conversion to and from the Sigstore bundle (v0.3, DSSE) that signs and verifies them. Pure data.
 */
/** The predicate of a PyPI publish attestation. */
const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
/** The predicate types PyPI accepts, at most one attestation of each per file. */
const SUPPORTED_PREDICATE_TYPES = [PUBLISH_PREDICATE_TYPE, 'https://slsa.dev/provenance/v1'];
/** The in-toto statement type. */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The media type of the Sigstore bundles made from attestations. */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** A conversion that cannot be made, with pypi-attestations' reason. */
class ConversionError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ConversionError';
}
/** The publish statement for a file, as pypi-attestations builds it: one subject, its sha256, no predicate. */
function publishStatement(filename, sha256) {
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: filename, digest: { sha256 } }],
        predicateType: PUBLISH_PREDICATE_TYPE,
        predicate: null,
    };
}
/** The statement's bytes as signed: compact JSON in the field order pypi-attestations writes. */
function statementBytes(statement) {
    return Buffer.from(JSON.stringify(statement), 'utf8');
}
/** PEP 740's attestation from a Sigstore bundle holding a DSSE envelope with exactly one signature. */
function attestationFromBundle(bundle) {
    const material = bundle.verificationMaterial;
    const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
    if (!certificate)
        throw new ConversionError('bundle does not contain a signing certificate');
    const envelope = bundle.dsseEnvelope;
    if (!envelope)
        throw new ConversionError('bundle does not contain a DSSE envelope');
    const [signature, ...others] = envelope.signatures;
    if (!signature || others.length > 0)
        throw new ConversionError(`expected exactly one signature, got ${envelope.signatures.length}`);
    if (material.tlogEntries.length === 0)
        throw new ConversionError('bundle has no transparency log entry');
    const timestamps = material.timestampVerificationData?.rfc3161Timestamps?.map((t) => t.signedTimestamp);
    return {
        version: 1,
        verification_material: {
            certificate,
            transparency_entries: material.tlogEntries,
            ...(timestamps?.length ? { timestamps } : {}),
        },
        envelope: { statement: envelope.payload, signature: signature.sig },
    };
}
/** The Sigstore bundle (v0.3) an attestation stands for: what a Sigstore verifier checks. */
function bundleFromAttestation(attestation) {
    const material = attestation.verification_material;
    return {
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: {
            certificate: { rawBytes: material.certificate },
            // pypi-attestations turns the first entry into the bundle; the others are not checked.
            tlogEntries: material.transparency_entries.slice(0, 1),
            ...(material.timestamps?.length
                ? {
                    timestampVerificationData: {
                        rfc3161Timestamps: material.timestamps.map((signedTimestamp) => ({ signedTimestamp })),
                    },
                }
                : {}),
        },
        dsseEnvelope: {
            payload: attestation.envelope.statement,
            payloadType: INTOTO_PAYLOAD_TYPE,
            signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
        },
    };
}
/** The statement an attestation carries, parsed; null when its bytes are not a JSON object. */
function attestedStatement(attestation) {
    try {
        const parsed = JSON.parse(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'));
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
            ? parsed
            : null;
    }
    catch {
        return null;
    }
}
/** The Rekor log index of an attestation's first transparency entry, or null. */
function logIndexOf(attestation) {
    const raw = attestation.verification_material.transparency_entries[0]?.logIndex;
    const index = raw === undefined ? NaN : Number(raw);
    return Number.isSafeInteger(index) ? index : null;
}

// EXTERNAL MODULE: ./packages/dists/errors.ts
var errors = __nccwpck_require__(88809);
;// CONCATENATED MODULE: ./packages/dists/python-repr.ts
/** Python's `repr()` of a string, because PyPI's messages quote values with `{value!r}`. */
function pyRepr(value) {
    if (value === null || value === undefined)
        return 'None';
    // Python picks single quotes unless the text holds a ' and no ".
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === quote || ch === '\\')
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += '\\x' + code.toString(16).padStart(2, '0');
        else
            out += ch;
    }
    return out + quote;
}
// Python's whitespace (str.isspace): JavaScript's trim() differs (it strips U+FEFF, keeps \x1c-\x1f and \x85).
const PY_SPACE = '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\p{Zs}\\u2028\\u2029]';
const PY_STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'gu');
const PY_LEADING_SPACE = new RegExp(`^${PY_SPACE}+`, 'u');
/** Python's `str.strip()`. */
function pyStrip(value) {
    return value.replace(PY_STRIP, '');
}
/** How many characters of Python whitespace `value` starts with. */
function pyLeadingSpace(value) {
    return value.length - value.replace(PY_LEADING_SPACE, '').length;
}

;// CONCATENATED MODULE: ./packages/dists/sdist-filename.ts
/** Source distribution filenames: PEP 625 `{name}-{version}.tar.gz`, and legacy `.zip`. */




/**
 * Parse an sdist filename as `packaging.utils.parse_sdist_filename` does: `.tar.gz` or `.zip`, split at the
 * last `-`. A `.zip` parses (PyPI accepts the extension) but PyPI then refuses it by PEP 625; see the rules.
 */
function parseSdistFilename(filename) {
    const fail = (message) => {
        throw new errors/* DistError */.b('invalid-sdist-filename', message, filename);
    };
    let extension = '.tar.gz';
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else
        fail(`Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${pyRepr(filename)}`);
    const stem = filename.slice(0, -extension.length);
    const dash = stem.lastIndexOf('-');
    if (dash < 0)
        fail(`Invalid sdist filename: ${pyRepr(filename)}`);
    const namePart = stem.slice(0, dash);
    const versionPart = stem.slice(dash + 1);
    const version = (0,format/* normalizeVersion */.Qj)(versionPart);
    if (version === null)
        fail(`Invalid sdist filename (invalid version): ${pyRepr(filename)}`);
    return {
        filename,
        kind: 'sdist',
        name: normalizeProjectName(namePart),
        nameInFilename: namePart,
        version: version,
        versionInFilename: versionPart,
        buildTag: null,
        tags: [],
        extension,
    };
}

;// CONCATENATED MODULE: ./packages/dists/wheel-filename.ts
/** PEP 427 wheel filenames: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`. */




// The escaped name may only hold word characters and dots (packaging's `[\w\d._]` with Python's Unicode \w:
// letters, numbers, underscore), never `__`.
const WHEEL_NAME = /^[\p{L}\p{N}_.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;
/** Parse a wheel filename the way `packaging.utils.parse_wheel_filename` does; throws DistError with packaging's message. */
function parseWheelFilename(filename) {
    const fail = (message) => {
        throw new errors/* DistError */.b('invalid-wheel-filename', message, filename);
    };
    if (!filename.endsWith('.whl'))
        fail(`Invalid wheel filename (extension must be '.whl'): ${pyRepr(filename)}`);
    const stem = filename.slice(0, -'.whl'.length);
    const parts = stem.split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        fail(`Invalid wheel filename (wrong number of parts): ${pyRepr(stem)}`);
    }
    const [namePart = '', versionPart = ''] = parts;
    if (namePart.includes('__') || !WHEEL_NAME.test(namePart))
        fail(`Invalid project name: ${pyRepr(stem)}`);
    const version = (0,format/* normalizeVersion */.Qj)(versionPart);
    if (version === null)
        fail(`Invalid wheel filename (invalid version): ${pyRepr(stem)}`);
    let buildTag = null;
    if (parts.length === 6) {
        const buildPart = parts[2] ?? '';
        const match = BUILD_TAG.exec(buildPart);
        if (!match)
            fail(`Invalid build number: ${buildPart} in ${pyRepr(stem)}`);
        buildTag = { number: Number(match?.[1]), suffix: match?.[2] ?? '' };
    }
    const [interpreters = '', abis = '', platforms = ''] = parts.slice(-3);
    return {
        filename,
        kind: 'wheel',
        name: normalizeProjectName(namePart),
        nameInFilename: namePart,
        version: version,
        versionInFilename: versionPart,
        buildTag,
        tags: expandTags(interpreters, abis, platforms),
        extension: '.whl',
    };
}
/** Expand a compressed tag set (`py2.py3-none-any`) into its triples, lower case, in filename order. */
function expandTags(interpreters, abis, platforms) {
    const tags = [];
    for (const interpreter of interpreters.toLowerCase().split('.')) {
        for (const abi of abis.toLowerCase().split('.')) {
            for (const platform of platforms.toLowerCase().split('.'))
                tags.push({ interpreter, abi, platform });
        }
    }
    return tags;
}

;// CONCATENATED MODULE: ./packages/dists/dist-filename.ts



/** Parse a wheel (`.whl`) or sdist (`.tar.gz`, legacy `.zip`) filename; anything else is a DistError `unknown-extension`. */
function parseDistFilename(filename) {
    if (filename.endsWith('.whl'))
        return parseWheelFilename(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return parseSdistFilename(filename);
    throw new errors/* DistError */.b('unknown-extension', `${filename}: not a distribution file; expected a wheel (.whl) or an sdist (.tar.gz)`, filename);
}
/** The upload `filetype` twine sends for a filename, or null when twine would not upload it. */
function filetypeOf(filename) {
    if (filename.endsWith('.whl'))
        return 'bdist_wheel';
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip') || filename.endsWith('.tar.bz2'))
        return 'sdist';
    return null;
}

;// CONCATENATED MODULE: ./packages/attestations/parse.ts
/**
 * Reading attestations from untrusted JSON (an upload's `attestations` field, an index's provenance) and
 * the checks of a statement against the file it claims to be about, with pypi-attestations' messages.
 */


const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function base64Problem(value, where) {
    if (typeof value !== 'string')
        return `${where}: a base64 string is required`;
    return value.length % 4 === 0 && BASE64.test(value) ? null : `${where}: not valid base64`;
}
/** What is wrong with one attestation object (null: its shape is PEP 740's). */
function attestationShapeProblem(value, where) {
    if (!isObject(value))
        return `${where}: an object is required`;
    if (value['version'] !== 1)
        return `${where}.version: must be 1`;
    const material = value['verification_material'];
    if (!isObject(material))
        return `${where}.verification_material: an object is required`;
    const entries = material['transparency_entries'];
    if (!Array.isArray(entries) || entries.length === 0 || !entries.every(isObject))
        return `${where}.verification_material.transparency_entries: a list of at least one object is required`;
    const envelope = value['envelope'];
    if (!isObject(envelope))
        return `${where}.envelope: an object is required`;
    return (base64Problem(material['certificate'], `${where}.verification_material.certificate`) ??
        base64Problem(envelope['statement'], `${where}.envelope.statement`) ??
        base64Problem(envelope['signature'], `${where}.envelope.signature`));
}
/**
 * An upload's `attestations` field as warehouse reads it: a JSON list of attestation objects, not empty,
 * at most one per supported predicate type. The problem is worded as warehouse's (after its prefix).
 */
function parseAttestationsField(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, problem: `Malformed attestations: invalid JSON (${error.message})` };
    }
    if (!Array.isArray(value))
        return { ok: false, problem: 'Malformed attestations: a JSON list of attestation objects is required' };
    for (const [i, item] of value.entries()) {
        const problem = attestationShapeProblem(item, `[${i}]`);
        if (problem)
            return { ok: false, problem: `Malformed attestations: ${problem}` };
    }
    if (value.length === 0)
        return { ok: false, problem: 'Malformed attestations: an empty attestation set is not permitted' };
    const max = SUPPORTED_PREDICATE_TYPES.length;
    if (value.length > max)
        return { ok: false, problem: `A maximum of ${max} attestations per file are supported` };
    return { ok: true, value: value };
}
/** A PEP 740 provenance object read from an index (null fields and all), or what is wrong with it. */
function parseProvenance(value) {
    if (!isObject(value) || value['version'] !== 1 || !Array.isArray(value['attestation_bundles']))
        return { ok: false, problem: 'not a PEP 740 provenance object (version 1, attestation_bundles)' };
    for (const [i, bundle] of value['attestation_bundles'].entries()) {
        const where = `attestation_bundles[${i}]`;
        if (!isObject(bundle) || !isObject(bundle['publisher']) || !Array.isArray(bundle['attestations']))
            return { ok: false, problem: `${where}: a publisher and a list of attestations are required` };
        for (const [j, attestation] of bundle['attestations'].entries()) {
            const problem = attestationShapeProblem(attestation, `${where}.attestations[${j}]`);
            if (problem)
                return { ok: false, problem };
        }
    }
    return { ok: true, value: value };
}
/** The same distribution by name: both parse, to the same project, version (and wheel tags). */
function sameDistribution(a, b) {
    const key = (filename) => {
        const d = parseDistFilename(filename);
        const tags = d.tags.map((t) => `${t.interpreter}-${t.abi}-${t.platform}`).sort();
        return JSON.stringify([d.kind, d.name, d.version, d.buildTag, [...new Set(tags)]]);
    };
    return key(a) === key(b);
}
/**
 * What is wrong with a verified statement about `filename` with `sha256` (null: it is about that file),
 * in pypi-attestations' words (each prefixed `Verification failed: ` there).
 */
function statementProblem(payloadType, statement, file) {
    if (payloadType !== INTOTO_PAYLOAD_TYPE)
        return `expected JSON envelope, got ${payloadType}`;
    if (!statement ||
        statement._type !== 'https://in-toto.io/Statement/v1' ||
        !Array.isArray(statement.subject))
        return 'invalid statement: not an in-toto v1 statement';
    if (statement.subject.length !== 1)
        return 'too many subjects in statement (must be exactly one)';
    const subject = statement.subject[0];
    if (!subject?.name)
        return 'invalid subject: missing name';
    try {
        parseDistFilename(subject.name);
    }
    catch (error) {
        return `invalid subject: ${error.message}`;
    }
    if (!sameDistribution(subject.name, file.filename))
        return `subject does not match distribution name: ${subject.name} != ${file.filename}`;
    if (subject.digest?.['sha256'] !== file.sha256)
        return 'subject does not match distribution digest';
    if (!SUPPORTED_PREDICATE_TYPES.includes(String(statement.predicateType)))
        return `unknown attestation type: ${String(statement.predicateType)}`;
    return null;
}

;// CONCATENATED MODULE: ./packages/attestations/verify.ts
/**
 * Verifying an attestation as PyPI does: the Sigstore signature, certificate and transparency log entry
 * against a trust root, the signer against the expected publisher, then the statement against the file.
 * The Sigstore libraries load on first use.
 */





/** A verifier trusting `trustedRoot` (a Sigstore trusted_root.json, parsed). */
async function createAttestationVerifier(trustedRoot) {
    const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }, { X509Certificate },] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(917), __nccwpck_require__.e(187)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54187)),
        Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(40)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61040)),
        __nccwpck_require__.e(/* import() */ 654).then(__nccwpck_require__.t.bind(__nccwpck_require__, 19654, 23)),
        __nccwpck_require__.e(/* import() */ 917).then(__nccwpck_require__.t.bind(__nccwpck_require__, 83917, 23)),
    ]);
    let verifier;
    try {
        verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)));
    }
    catch (error) {
        throw new AttestationError(`the Sigstore trust root cannot be read: ${causeLine(error)}`, {
            cause: error,
        });
    }
    const fail = (message) => {
        throw new AttestationError(`Verification failed: ${message}`);
    };
    return (attestation, file, publisher) => {
        let bundle;
        try {
            bundle = bundleFromJSON(bundleFromAttestation(attestation));
        }
        catch (error) {
            return fail(`invalid attestation: ${causeLine(error)}`);
        }
        try {
            verifier.verify(toSignedEntity(bundle));
        }
        catch (error) {
            return fail(causeLine(error));
        }
        const certificate = X509Certificate.parse(Buffer.from(attestation.verification_material.certificate, 'base64'));
        const claims = {};
        for (const oid of Object.values(FULCIO_OIDS)) {
            const value = certificate.extension(oid)?.value;
            if (value)
                claims[oid] = utf8StringValue(value);
        }
        const identity = publisherProblem(claims, publisher);
        if (identity)
            fail(identity);
        const problem = statementProblem(INTOTO, attestedStatement(attestation), file);
        if (problem)
            fail(problem);
        return {
            predicateType: String(attestedStatement(attestation)?.predicateType),
            logIndex: logIndexOf(attestation),
            signer: signingWorkflow(claims),
        };
    };
}
// bundleFromAttestation always says in-toto; the signature covers the type, so a different one fails above.
const INTOTO = 'application/vnd.in-toto+json';
/** A DER UTF8String's text (Fulcio's extensions from .8 on); a legacy raw value as it is. */
function utf8StringValue(der) {
    if (der[0] !== 0x0c || der.length < 2)
        return der.toString('utf8');
    const first = der[1];
    if (first < 0x80)
        return der.subarray(2, 2 + first).toString('utf8');
    const lengthBytes = first & 0x7f;
    const length = der.subarray(2, 2 + lengthBytes).reduce((n, byte) => n * 256 + byte, 0);
    return der.subarray(2 + lengthBytes, 2 + lengthBytes + length).toString('utf8');
}

;// CONCATENATED MODULE: ./packages/local-index/sigstore-stand-in.ts
/**
 * A Sigstore stand-in for rehearsals: Fulcio (a certificate for a verified GitHub OIDC token, with the
 * extensions real Fulcio derives from its claims) and Rekor (a signed entry with an inclusion proof), from
 * @sigstore/mock's CA, CT log and transparency log, under one base URL with their own trust root. It stands
 * in for the public-good instance, which rehearsals cannot reach and whose certificates they cannot get.
 */

const GITHUB = 'https://github.com';
// Fulcio's GitHub Actions mapping (docs/oid-info.md); issuer (V1) is a raw string, the rest UTF8String.
const CLAIM_EXTENSIONS = [
    ['1.3.6.1.4.1.57264.1.8', (c) => c.iss],
    ['1.3.6.1.4.1.57264.1.9', (c) => c.job_workflow_ref && `${GITHUB}/${String(c.job_workflow_ref)}`],
    ['1.3.6.1.4.1.57264.1.10', (c) => c.job_workflow_sha],
    ['1.3.6.1.4.1.57264.1.11', (c) => c.runner_environment],
    ['1.3.6.1.4.1.57264.1.12', (c) => c.repository && `${GITHUB}/${String(c.repository)}`],
    ['1.3.6.1.4.1.57264.1.13', (c) => c.sha],
    ['1.3.6.1.4.1.57264.1.14', (c) => c.ref],
    ['1.3.6.1.4.1.57264.1.18', (c) => c.workflow_ref && `${GITHUB}/${String(c.workflow_ref)}`],
    ['1.3.6.1.4.1.57264.1.20', (c) => c.event_name],
];
function extensionsFor(claims) {
    const extensions = [{ oid: '1.3.6.1.4.1.57264.1.1', value: String(claims.iss), legacy: true }];
    for (const [oid, value] of CLAIM_EXTENSIONS) {
        const v = value(claims);
        if (typeof v === 'string' && v !== '')
            extensions.push({ oid, value: v, legacy: false });
    }
    return extensions;
}
function uint(value, bytes) {
    const out = Buffer.alloc(8);
    out.writeBigUInt64BE(BigInt(value));
    return out.subarray(8 - bytes);
}
/**
 * An RFC 6962 v1 SCT for a precertificate (`tbsOf` gives its TBSCertificate's DER): what the certificate's
 * SCT list extension carries.
 */
function signedCertificateTimestamp(tbsOf, precertificate, issuerKeyHash, logId, key, timestampMs) {
    const tbs = tbsOf(precertificate);
    const timestamp = uint(timestampMs, 8);
    const signed = Buffer.concat([
        Buffer.from([0, 0]), // v1, certificate_timestamp
        timestamp,
        uint(1, 2), // precert_entry
        issuerKeyHash,
        uint(tbs.length, 3),
        tbs,
        uint(0, 2), // no extensions
    ]);
    const signature = (0,external_node_crypto_.sign)('sha256', signed, key);
    return Buffer.concat([
        Buffer.from([0]),
        logId,
        timestamp,
        uint(0, 2),
        Buffer.from([4, 3]), // sha256, ecdsa
        uint(signature.length, 2),
        signature,
    ]);
}
/**
 * A proposed `dsse` entry in the form Rekor stores and logs it (hashes of the envelope and payload, the
 * signature with its verifier), which the mock would log as proposed; other kinds pass through.
 */
function canonicalEntry(body) {
    let entry;
    try {
        entry = JSON.parse(body);
    }
    catch {
        return body;
    }
    const proposed = entry.spec?.proposedContent;
    if (entry.kind !== 'dsse' || !proposed?.envelope)
        return body;
    const envelope = JSON.parse(proposed.envelope);
    const sha256 = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    return JSON.stringify({
        apiVersion: entry.apiVersion,
        kind: 'dsse',
        spec: {
            envelopeHash: { algorithm: 'sha256', value: sha256(proposed.envelope) },
            payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
            signatures: envelope.signatures.map((s, i) => ({
                signature: s.sig,
                verifier: proposed.verifiers?.[i] ?? '',
            })),
        },
    });
}
const pem = (der) => `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`.replace(/\n\n/g, '\n');
const fromPem = (text) => Buffer.from(text.replace(/-----[^-]+-----|\s/g, ''), 'base64');
const json = (status, value) => ({
    status,
    body: typeof value === 'string' ? value : JSON.stringify(value),
    contentType: typeof value === 'string' ? 'text/plain' : 'application/json',
});
/** Fulcio's `POST /api/v2/signingCert`: a certificate for the key of a request with a valid OIDC token. */
function fulcioSigningCert(ca, verifyToken) {
    return async (body) => {
        let token;
        let publicKey;
        try {
            const request = JSON.parse(body);
            token = request.credentials?.oidcIdentityToken ?? '';
            publicKey = request.publicKeyRequest?.publicKey?.content ?? '';
            if (!token || !publicKey)
                throw new Error('missing');
        }
        catch {
            return json(400, 'There was an error processing the identity token: a JSON body with credentials.oidcIdentityToken and publicKeyRequest.publicKey is required');
        }
        const claims = verifyToken(token);
        if (typeof claims === 'string')
            return json(401, `There was an error processing the identity token: ${claims}`);
        const leaf = await ca.issueCertificate({
            publicKey: fromPem(publicKey),
            subjectAltName: `${GITHUB}/${String(claims.job_workflow_ref ?? claims.sub)}`,
            extensions: extensionsFor(claims),
        });
        return json(201, {
            signedCertificateEmbeddedSct: { chain: { certificates: [pem(leaf), pem(ca.rootCertificate)] } },
        });
    };
}
/** The stand-in's trusted_root.json: its CA, transparency log and CT log, valid since 2020. */
function standInTrustedRoot(baseUrl, rootCertificate, tlogKey, ctlog) {
    const start = new Date(Date.UTC(2020, 0, 1)).toISOString();
    const key = (rawBytes) => ({
        rawBytes: rawBytes.toString('base64'),
        keyDetails: 'PKIX_ECDSA_P256_SHA_256',
        validFor: { start },
    });
    return {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [
            {
                baseUrl,
                hashAlgorithm: 'SHA2_256',
                publicKey: key(tlogKey),
                logId: { keyId: (0,external_node_crypto_.createHash)('sha256').update(tlogKey).digest('base64') },
            },
        ],
        certificateAuthorities: [
            {
                subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
                uri: baseUrl,
                certChain: { certificates: [{ rawBytes: rootCertificate.toString('base64') }] },
                validFor: { start },
            },
        ],
        ctlogs: [
            {
                baseUrl,
                hashAlgorithm: 'SHA2_256',
                publicKey: key(ctlog.publicKey),
                logId: { keyId: ctlog.logID.toString('base64') },
            },
        ],
        timestampAuthorities: [],
    };
}
/** Starts the stand-in's CA and logs (keys made now, kept in memory: a restart is a new trust root). */
async function createSigstoreStandIn(baseUrl, options) {
    // @sigstore/mock's parts, not its entry point, which would load nock and patch node's http for the process.
    const [{ initializeCA, initializeCTLog }, { initializeTLog, rekorHandler }, { X509Certificate }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 867).then(__nccwpck_require__.bind(__nccwpck_require__, 11867)),
        __nccwpck_require__.e(/* import() */ 414).then(__nccwpck_require__.bind(__nccwpck_require__, 8414)),
        __nccwpck_require__.e(/* import() */ 917).then(__nccwpck_require__.t.bind(__nccwpck_require__, 83917, 23)),
    ]);
    const tbsOf = (certificate) => X509Certificate.parse(Buffer.from(certificate)).tbsCertificate.toDER();
    const ecKey = () => (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    const ctlogKey = ecKey();
    const ctlog = await initializeCTLog(ctlogKey);
    // The mock's own SCT comes out with an empty signature and unframed in the list (RFC 6962 3.3), which
    // @sigstore/verify rightly refuses: the SCT is made here instead, with the CT log's key and log ID.
    const signedCtlog = {
        ...ctlog,
        log: async (precertificate, issuerKeyHash) => {
            const sct = signedCertificateTimestamp(tbsOf, Buffer.from(precertificate), Buffer.from(issuerKeyHash), ctlog.logID, ctlogKey.privateKey, (options.certificateTime ?? new Date()).getTime());
            const framed = Buffer.concat([uint(sct.length, 2), sct]);
            return framed.buffer.slice(framed.byteOffset, framed.byteOffset + framed.length);
        },
    };
    const ca = await initializeCA(ecKey(), signedCtlog, options.certificateTime);
    const tlog = await initializeTLog(baseUrl, ecKey());
    const rekor = rekorHandler(tlog);
    const trustedRoot = standInTrustedRoot(baseUrl, ca.rootCertificate, tlog.publicKey, ctlog);
    const signingCert = fulcioSigningCert(ca, options.verifyToken);
    return {
        trustedRoot,
        handle(path, body) {
            if (path === '/api/v2/signingCert')
                return signingCert(body);
            if (path === rekor.path)
                return rekor.fn(canonicalEntry(body)).then((r) => ({
                    status: r.statusCode,
                    body: r.response.toString(),
                    contentType: r.contentType ?? 'text/plain',
                }));
            return null;
        },
    };
}

;// CONCATENATED MODULE: ./packages/local-index/sigstore-service.ts
/**
 * The index's Sigstore side, made on first use: the stand-in (Fulcio and Rekor for rehearsals, trusting the
 * OIDC issuers of the configured trusted publishers) and a verifier of attestations against its trust root.
 * Only an index with trusted publishers has one, as only trusted publishers may upload attestations.
 */



/** The storage directory's record of the stand-in's trust roots, across restarts. */
const SIGSTORE_TRUST_FILE = 'sigstore-trust.json';
/** Where the stand-in answers, under the index's base URL. */
const SIGSTORE_PREFIX = '/_/sigstore';
/** The stand-in and its verifier, each made once. */
class SigstoreService {
    trusted;
    trustFile;
    certificateTime;
    standInMade;
    verifierMade;
    /** The index's base URL, known once it listens. */
    baseUrl = '';
    /**
     * @param trustFile where the trust roots of earlier runs on this storage are kept (keys live in memory
     *   only, so each start is a new CA and logs; provenance kept from before must still verify)
     */
    constructor(trusted, trustFile, certificateTime) {
        this.trusted = trusted;
        this.trustFile = trustFile;
        this.certificateTime = certificateTime;
    }
    /** False when no trusted publisher is configured: then there is no stand-in. */
    get enabled() {
        return this.trusted.enabled;
    }
    /** The stand-in serving at `<baseUrl>/_/sigstore`. */
    standIn() {
        this.standInMade ??= createSigstoreStandIn(`${this.baseUrl}${SIGSTORE_PREFIX}`, {
            verifyToken: (token) => this.trusted.verifyIdToken(token, 'sigstore'),
            ...(this.certificateTime ? { certificateTime: this.certificateTime } : {}),
        }).then((standIn) => this.withEarlierRoots(standIn));
        return this.standInMade;
    }
    /** The stand-in trusting its own CA and logs and those of earlier runs on this storage (then kept with them). */
    async withEarlierRoots(standIn) {
        const earlier = await (0,promises_.readFile)(this.trustFile, 'utf8').then((text) => JSON.parse(text), () => ({}));
        const merged = { ...standIn.trustedRoot };
        for (const key of ['tlogs', 'certificateAuthorities', 'ctlogs']) {
            const own = standIn.trustedRoot[key] ?? [];
            merged[key] = [...own, ...(Array.isArray(earlier[key]) ? earlier[key] : [])];
        }
        const temp = `${this.trustFile}.tmp`;
        await (0,promises_.writeFile)(temp, JSON.stringify(merged));
        await (0,promises_.rename)(temp, this.trustFile);
        return { ...standIn, trustedRoot: merged };
    }
    /** A verifier trusting the stand-in's root. */
    verifier() {
        this.verifierMade ??= this.standIn().then((s) => createAttestationVerifier(s.trustedRoot));
        return this.verifierMade;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/blake2b.umd.min.js
var blake2b_umd_min = __nccwpck_require__(6427);
var blake2b_umd_min_default = /*#__PURE__*/__nccwpck_require__.n(blake2b_umd_min);
;// CONCATENATED MODULE: ./packages/dists/blake2b.ts
/**
 * blake2b from hash-wasm's blake2b-only build (16 KB) rather than its index, which carries every
 * algorithm's WebAssembly (216 KB) into each bundle. That build is a UMD file without type declarations
 * of its own: its default export is hash-wasm's module object, typed here from the package's declarations.
 */

/** A blake2b hasher of `bits` output bits (256 for PyPI's blake2_256). */
const createBLAKE2b = (blake2b_umd_min_default()).createBLAKE2b;

// EXTERNAL MODULE: ./packages/dists/buffer-pool.ts
var buffer_pool = __nccwpck_require__(84027);
// EXTERNAL MODULE: ./packages/dists/lazy-modules.ts
var lazy_modules = __nccwpck_require__(47356);
;// CONCATENATED MODULE: ./packages/dists/parallel-digests.ts
/**
 * sha256, md5 and blake2b-256 of a stream, on two threads: blake2b-256 (WebAssembly) on the caller's thread,
 * sha256 and md5 (node's crypto) on one shared worker. The three together cost 3 to 7 s per GiB on one core,
 * depending on the CPU, which made an index receiving a large wheel CPU-bound; split this way, each thread
 * carries about half. (md5 alone on the worker, sha256 here, measured no faster.)
 *
 * Bytes reach the worker through a few staging buffers per stream, transferred (not copied) there and back:
 * memory stays at most STAGES × STAGE_BYTES per stream however fast the bytes arrive, and a stream takes
 * them only as its bytes need them (a stalled upload that sent little holds little). A stream that ends
 * within its first staging buffer never reaches the worker: its sha256 and md5 are taken here, in less time
 * than the messages there and back would take (an index receiving small wheels one after another never
 * starts the worker at all).
 */




const STAGE_BYTES = 256 * 1024;
/** Staging buffers per stream: enough that neither thread waits for the other's message to arrive. */
const STAGES = 4;
/** The most a stream holds in staging buffers. */
const PARALLEL_DIGESTS_MAX_HELD = STAGES * STAGE_BYTES;
/** Staging buffers outlive their stream, for the next upload (an index receives one file after another). */
const stagingBuffers = new buffer_pool/* BufferPool */.P(STAGE_BYTES, 4 * STAGES);
// Plain CommonJS with only node's own modules, run with `eval`: the same text works from TypeScript under
// test and from a single-file bundle, where no worker file sits beside the code.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const streams = new Map();
const hashersOf = (id) => {
  let hashers = streams.get(id);
  if (!hashers) streams.set(id, (hashers = [createHash('sha256'), createHash('md5')]));
  return hashers;
};
parentPort.on('message', (message) => {
  if (message.type === 'data') {
    const bytes = new Uint8Array(message.buffer, 0, message.length);
    for (const hash of hashersOf(message.id)) hash.update(bytes);
    parentPort.postMessage({ type: 'ack', id: message.id, buffer: message.buffer }, [message.buffer]);
  } else if (message.type === 'end') {
    const [sha256, md5] = hashersOf(message.id);
    streams.delete(message.id);
    parentPort.postMessage({ type: 'done', id: message.id, sha256: sha256.digest('hex'), md5: md5.digest('hex') });
  } else if (message.type === 'drop') {
    streams.delete(message.id);
  }
});
`;
/** The one worker all streams share; referenced (keeping the process alive) only while a stream is open. */
class DigestWorker {
    onExit;
    worker = new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, {
        eval: true,
        resourceLimits: { maxYoungGenerationSizeMb: 1 },
    });
    streams = new Map();
    nextId = 1;
    constructor(onExit) {
        this.onExit = onExit;
        this.worker.unref();
        this.worker.on('message', (message) => {
            const stream = this.streams.get(message.id);
            if (message.type === 'ack')
                stream?.ack(message.buffer);
            else
                stream?.done(message.sha256, message.md5);
        });
        const failAll = (error) => {
            this.onExit();
            for (const stream of this.streams.values())
                stream.fail(error);
            this.streams.clear();
        };
        this.worker.on('error', failAll);
        this.worker.on('exit', (code) => failAll(new Error(`the digest worker stopped (exit code ${code})`)));
    }
    open(handlers) {
        const id = this.nextId++;
        if (this.streams.size === 0)
            this.worker.ref();
        this.streams.set(id, handlers);
        return id;
    }
    close(id) {
        if (this.streams.delete(id) && this.streams.size === 0)
            this.worker.unref();
    }
    send(message) {
        this.worker.postMessage(message, [message.buffer]);
    }
    post(message) {
        this.worker.postMessage(message);
    }
}
let shared = null;
const digestWorker = () => (shared ??= new DigestWorker(() => {
    shared = null;
}));
const idleBlake = [];
/** sha256 and md5 of a stream that fit in one staging buffer, on this thread. */
async function digestHere(bytes) {
    // node:crypto is loaded with the first stream, not when a bundle that carries this module starts.
    const { createHash } = await (0,lazy_modules/* loadCrypto */.Q)();
    return {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        md5: createHash('md5').update(bytes).digest('hex'),
    };
}
/** The digests of one stream of bytes, fed with `update` (await each call) and read once with `digest`. */
class ParallelDigests {
    blake;
    size = 0;
    stage = null;
    staged = 0;
    /** Staging buffers taken from the pool so far (at most STAGES). */
    owned = 0;
    /** Staging buffers back from the worker. */
    spares = [];
    waitingForSpare = null;
    failure = null;
    /** The worker's side of the stream, opened with the first staging buffer sent. */
    remote = null;
    finished = false;
    constructor(blake) {
        this.blake = blake;
    }
    openRemote() {
        if (this.remote)
            return this.remote;
        const worker = digestWorker();
        let settle;
        const result = new Promise((resolve, reject) => (settle = { resolve, reject }));
        result.catch(() => undefined); // read by digest(); a failure before then is reported there
        const id = worker.open({
            ack: (buffer) => {
                const waiting = this.waitingForSpare;
                this.waitingForSpare = null;
                if (waiting)
                    waiting(buffer);
                else
                    this.spares.push(buffer);
            },
            done: (sha256, md5) => settle.resolve({ sha256, md5 }),
            fail: (error) => {
                this.failure = error;
                settle.reject(error);
                this.waitingForSpare?.(new ArrayBuffer(0));
            },
        });
        this.remote = { id, worker, result };
        return this.remote;
    }
    /** A fresh stream. */
    static async create() {
        const blake = idleBlake.pop() ?? (await createBLAKE2b(256));
        blake.init();
        return new ParallelDigests(blake);
    }
    /** Bytes held in staging buffers now. */
    get heldBytes() {
        return this.owned * STAGE_BYTES;
    }
    /** Adds the next bytes; resolves once they may be reused by the caller. */
    async update(chunk) {
        if (this.finished)
            throw new Error('ParallelDigests: update after digest');
        this.size += chunk.length;
        this.blake.update(chunk);
        if (this.failure)
            throw this.failure;
        let offset = 0;
        while (offset < chunk.length) {
            if (!this.stage) {
                const buffer = await this.takeSpare();
                if (this.failure)
                    throw this.failure;
                this.stage = new Uint8Array(buffer);
            }
            const stage = this.stage;
            const count = Math.min(chunk.length - offset, STAGE_BYTES - this.staged);
            stage.set(chunk.subarray(offset, offset + count), this.staged);
            this.staged += count;
            offset += count;
            if (this.staged === STAGE_BYTES)
                this.sendStage();
        }
    }
    /** All three digests of everything added; call once, after the last update. */
    async digest() {
        if (this.finished)
            throw new Error('ParallelDigests: digest called twice');
        this.finished = true;
        if (this.failure)
            throw this.failure;
        const blake2_256 = this.blake.digest('hex');
        idleBlake.push(this.blake);
        if (!this.remote) {
            const { sha256, md5 } = await digestHere(this.stage?.subarray(0, this.staged) ?? new Uint8Array(0));
            this.returnBuffers();
            return { size: this.size, sha256, md5, blake2_256 };
        }
        const { id, worker, result } = this.remote;
        if (this.staged > 0)
            this.sendStage();
        worker.post({ type: 'end', id });
        try {
            const { sha256, md5 } = await result;
            return { size: this.size, sha256, md5, blake2_256 };
        }
        finally {
            worker.close(id);
            this.returnBuffers();
        }
    }
    /** Gives up on the stream (an upload that failed): the worker forgets it. */
    abandon() {
        if (this.finished)
            return;
        this.finished = true;
        idleBlake.push(this.blake);
        if (this.remote) {
            this.remote.worker.post({ type: 'drop', id: this.remote.id });
            this.remote.worker.close(this.remote.id);
        }
        this.returnBuffers(); // those still at the worker are left to the collector
    }
    /** The staging buffers at hand go back to the pool (after 'done', the worker has returned them all). */
    returnBuffers() {
        if (this.stage)
            stagingBuffers.give(this.stage.buffer);
        this.stage = null;
        for (const buffer of this.spares.splice(0))
            stagingBuffers.give(buffer);
        this.owned = 0;
    }
    sendStage() {
        const stage = this.stage;
        const { id, worker } = this.openRemote();
        worker.send({ type: 'data', id, buffer: stage.buffer, length: this.staged });
        this.stage = null;
        this.staged = 0;
    }
    takeSpare() {
        const spare = this.spares.pop();
        if (spare)
            return Promise.resolve(spare);
        if (this.owned < STAGES) {
            this.owned += 1;
            return Promise.resolve(stagingBuffers.take());
        }
        return new Promise((resolve) => (this.waitingForSpare = resolve));
    }
}

;// CONCATENATED MODULE: ./packages/dists/rules/upload-form-rules.ts


const CORE_METADATA_HELP = 'See https://packaging.python.org/specifications/core-metadata for more information.';
// warehouse's PROJECT_NAME_RE (re.ASCII, anchored with \Z: no trailing newline).
const PROJECT_NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
// wtforms' Regexp uses re.match with `$`, which also matches before one trailing newline.
const HEX64 = /^[A-F0-9]{64}\n?$/i;
/** The last value of a field, as WebOb's MultiDict `get` answers. */
function last(fields, name) {
    return fields.findLast(([key]) => key === name)?.[1];
}
/** The values of a field, in order (wtforms' `raw_data`). */
function upload_form_rules_all(fields, name) {
    return fields.filter(([key]) => key === name).map(([, value]) => value);
}
/**
 * warehouse's `sanitize`: a field whose (last) value is `UNKNOWN` is dropped, NUL characters are escaped, and
 * a metadata field sent as a file part is refused. `fileFields` names the parts that came as files.
 */
function sanitizeForm(fields, fileFields = []) {
    const tuple = fileFields.find((name) => name !== 'content' && name !== 'gpg_signature');
    if (tuple !== undefined)
        return { problem: badRequest('field-is-file', `${tuple}: Should not be a tuple.`) };
    let out = [...fields];
    for (const name of new Set(fields.map(([key]) => key))) {
        const value = last(out, name);
        if (value === undefined)
            continue;
        if (pyStrip(value) === 'UNKNOWN')
            out = out.filter(([key]) => key !== name);
        else if (value.includes('\x00')) {
            const at = out.findIndex(([key]) => key === name);
            out = out.filter(([key], i) => key !== name || i === at);
            out[at] = [name, value.replace(/\x00/g, '\\x00')];
        }
    }
    return { fields: out };
}
/** `protocol_version` defaults to 1 and must be 1. */
function protocolProblem(fields) {
    return (last(fields, 'protocol_version') ?? '1') === '1'
        ? null
        : badRequest('unknown-protocol', 'Unknown protocol version.');
}
function nameError(fields) {
    const raw = upload_form_rules_all(fields, 'name');
    if (!raw[0])
        return 'This field is required.';
    return PROJECT_NAME.test(raw[0])
        ? null
        : "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.";
}
// wtforms' Optional(): a missing or blank first value stops the field's checks without an error.
function optionalHexError(fields, name, what) {
    const first = upload_form_rules_all(fields, name)[0];
    if (first === undefined || pyStrip(first) === '')
        return null;
    return HEX64.test(first) ? null : `Use a valid, hex-encoded, ${what} message digest.`;
}
function fieldErrors(fields) {
    const errors = new Map();
    const name = nameError(fields);
    if (name)
        errors.set('name', name);
    const filetype = upload_form_rules_all(fields, 'filetype')[0];
    if (!filetype)
        errors.set('filetype', 'This field is required.');
    else if (filetype !== 'sdist' && filetype !== 'bdist_wheel')
        errors.set('filetype', 'Use a known file type.');
    const sha256 = optionalHexError(fields, 'sha256_digest', 'SHA256');
    if (sha256)
        errors.set('sha256_digest', sha256);
    const blake2 = optionalHexError(fields, 'blake2_256_digest', 'BLAKE2');
    if (blake2)
        errors.set('blake2_256_digest', blake2);
    return errors;
}
function formFieldMessage(fields, field, error) {
    if (field !== 'name')
        return `Invalid value for ${field}. Error: ${error}`;
    const value = upload_form_rules_all(fields, 'name')[0] ?? '';
    const shown = value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value;
    return `${pyRepr(shown)} is an invalid value for Name. Error: ${error} ${CORE_METADATA_HELP}`;
}
/**
 * warehouse's `UploadForm.validate()`: the first field in error (name first, then alphabetical), then the
 * checks across fields: pyversion for wheels, `source` for sdists, at least one digest.
 */
function uploadFormProblem(fields) {
    const errors = fieldErrors(fields);
    if (errors.size > 0) {
        const field = errors.has('name') ? 'name' : ([...errors.keys()].sort()[0] ?? '');
        return badRequest('invalid-form', formFieldMessage(fields, field, errors.get(field) ?? ''));
    }
    const filetype = upload_form_rules_all(fields, 'filetype')[0];
    const pyversion = upload_form_rules_all(fields, 'pyversion')[0];
    if (filetype !== 'sdist' && !pyversion) {
        return badRequest('invalid-form', 'Invalid value for pyversion. Error: Python version is required for binary distribution uploads.');
    }
    if (filetype === 'sdist' && pyversion && pyversion !== 'source') {
        return badRequest('invalid-form', "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.");
    }
    const digests = ['md5_digest', 'sha256_digest', 'blake2_256_digest'].map((n) => upload_form_rules_all(fields, n)[0]);
    if (!digests.some(Boolean))
        return badRequest('missing-digest', 'Error: Include at least one message digest.');
    return null;
}
/** The digests the form declares (wtforms' first value of each), for comparing with the file. */
function declaredDigests(fields) {
    const pick = (name) => upload_form_rules_all(fields, name)[0] || undefined;
    const out = {};
    const md5 = pick('md5_digest');
    const sha256 = pick('sha256_digest');
    const blake2 = pick('blake2_256_digest');
    if (md5)
        out.md5 = md5;
    if (sha256)
        out.sha256 = sha256;
    if (blake2)
        out.blake2_256 = blake2;
    return out;
}

;// CONCATENATED MODULE: ./packages/dists/tar-reader.ts
/** Streaming .tar.gz reading: gunzip plus a small tar header parser (ustar, pax, GNU long names). */




/** Defaults: 16 MiB per member read, ratio 50 past 64 MiB, the figures PyPI uses for zips. */
const DEFAULT_TAR_LIMITS = { maxMemberSize: 16 << 20, maxRatio: 50, bombMinSize: 64 << 20 };
/** Walk a .tar.gz member by member, streaming; stops early when the visitor says so. */
async function tar_reader_walkTarGz(path, visitor, limits = {}) {
    const all = { ...DEFAULT_TAR_LIMITS, ...limits };
    const { size: fileSize } = await (0,promises_.stat)(path);
    const maxInflated = Math.max(all.bombMinSize, all.maxRatio * fileSize);
    const source = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 16 });
    // zlib loads with the first archive read, not at every action's start-up.
    const gunzip = (await (0,lazy_modules/* loadZlib */.s)()).createGunzip();
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    const reader = new ChunkReader(gunzip[Symbol.asyncIterator](), () => {
        if (reader.consumed > maxInflated) {
            throw new errors/* DistError */.b('zip-bomb', `${path}: inflates past ${maxInflated} bytes (ratio over ${all.maxRatio}): refused as a gzip bomb`, path);
        }
    });
    try {
        return await walk(reader, visitor, all, path);
    }
    catch (error) {
        if (error instanceof errors/* DistError */.b)
            throw error;
        throw new errors/* DistError */.b('not-a-tarfile', `${path}: not a readable .tar.gz (${error.message})`, path);
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
}
async function walk(reader, visitor, limits, path) {
    const bad = (why) => new errors/* DistError */.b('not-a-tarfile', `${path}: not a tar archive (${why})`, path);
    let longName = null;
    let pax = new Map();
    let first = true;
    for (;;) {
        const block = await reader.read(512);
        if (block === null || block.length < 512) {
            if (first)
                throw bad('empty or truncated stream');
            return { inflatedBytes: reader.consumed, complete: block === null };
        }
        if (block.every((b) => b === 0))
            return { inflatedBytes: reader.consumed, complete: true };
        if (!checksumOk(block))
            throw bad(first ? 'bad header checksum' : 'bad header checksum after the first member');
        first = false;
        const typeflag = String.fromCharCode(block[156] ?? 0);
        let size = parseNumber(block.subarray(124, 136));
        if (pax.has('size'))
            size = Number(pax.get('size'));
        const padded = Math.ceil(size / 512) * 512;
        if (typeflag === 'x' || typeflag === 'L' || typeflag === 'g') {
            if (size > limits.maxMemberSize)
                throw bad(`extended header of ${size} bytes`);
            const data = await reader.read(padded);
            if (data === null || data.length < padded)
                throw bad('truncated extended header');
            const content = data.subarray(0, size);
            if (typeflag === 'x')
                pax = parsePax(content);
            else if (typeflag === 'L')
                longName = cString(content);
            // Global pax headers ('g') carry defaults we have no use for.
            continue;
        }
        const sparse = typeflag === 'S' ||
            pax.has('GNU.sparse.map') ||
            pax.has('GNU.sparse.size') ||
            (pax.get('GNU.sparse.major') === '1' && pax.get('GNU.sparse.minor') === '0');
        const entry = {
            path: entryPath(block, longName, pax),
            type: entryType(typeflag),
            size,
            sparse,
        };
        longName = null;
        pax = new Map();
        const decision = visitor.onEntry(entry);
        if (decision === 'stop')
            return { inflatedBytes: reader.consumed, complete: false };
        if (decision === 'read' && entry.type === 'file') {
            if (size > limits.maxMemberSize) {
                throw new errors/* DistError */.b('entry-too-large', `${path}: ${entry.path} is ${size} bytes, over the ${limits.maxMemberSize}-byte limit`, path);
            }
            const data = await reader.read(padded);
            if (data === null || data.length < padded)
                throw bad(`truncated in ${entry.path}`);
            if (visitor.onContent?.(entry, data.subarray(0, size))) {
                return { inflatedBytes: reader.consumed, complete: false };
            }
        }
        else if (!(await reader.skip(padded)))
            throw bad(`truncated in ${entry.path}`);
    }
}
function entryPath(block, longName, pax) {
    let path = pax.get('path') ?? longName;
    if (path === undefined || path === null) {
        path = cString(block.subarray(0, 100));
        // POSIX ustar ("ustar\0" + "00") splits long paths into prefix + name; GNU ("ustar  \0") has no prefix there.
        if (block.subarray(257, 263).toString('latin1') === 'ustar\0') {
            const prefix = cString(block.subarray(345, 500));
            if (prefix)
                path = `${prefix}/${path}`;
        }
    }
    const type = String.fromCharCode(block[156] ?? 0);
    if (type === '5' || ((type === '0' || type === '\0') && path.endsWith('/')))
        path = path.replace(/\/+$/, '');
    return path;
}
function entryType(typeflag) {
    if (typeflag === '0' || typeflag === '\0' || typeflag === '7')
        return 'file';
    if (typeflag === '5')
        return 'directory';
    if (typeflag === '2')
        return 'symlink';
    if (typeflag === '1')
        return 'hardlink';
    return 'other';
}
function cString(bytes) {
    const nul = bytes.indexOf(0);
    return (nul < 0 ? bytes : bytes.subarray(0, nul)).toString('utf8');
}
// Numbers are octal text, or base-256 when the high bit of the first byte is set (GNU, for sizes ≥ 8 GiB).
function parseNumber(field) {
    if ((field[0] ?? 0) & 0x80) {
        let value = BigInt((field[0] ?? 0) & 0x7f);
        for (const byte of field.subarray(1))
            value = (value << 8n) | BigInt(byte);
        return Number(value);
    }
    const text = cString(field).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
/** True when a 512-byte block is a tar header with a valid checksum. */
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return parseNumber(block.subarray(148, 156)) === sum;
}
// Pax records: "<length> <key>=<value>\n", the length counting the whole record in bytes.
function parsePax(content) {
    const out = new Map();
    let at = 0;
    while (at < content.length) {
        const space = content.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = parseInt(content.subarray(at, space).toString('latin1'), 10);
        if (!Number.isFinite(length) || length <= 0 || at + length > content.length)
            break;
        const record = content.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        at += length;
    }
    return out;
}
/** Exact-length reads over an async iterator of chunks, counting bytes consumed. */
class ChunkReader {
    source;
    onProgress;
    consumed = 0;
    chunks = [];
    buffered = 0;
    done = false;
    constructor(source, onProgress) {
        this.source = source;
        this.onProgress = onProgress;
    }
    async fill(n) {
        while (this.buffered < n && !this.done) {
            const next = await this.source.next();
            if (next.done)
                this.done = true;
            else {
                this.chunks.push(next.value);
                this.buffered += next.value.length;
                this.consumed += next.value.length;
                this.onProgress();
            }
        }
    }
    /** Read exactly n bytes (fewer at the end of the stream, null when nothing is left). */
    async read(n) {
        await this.fill(n);
        if (this.buffered === 0)
            return null;
        const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        const out = all.subarray(0, Math.min(n, all.length));
        const rest = all.subarray(out.length);
        this.chunks = rest.length ? [rest] : [];
        this.buffered = rest.length;
        return out;
    }
    /** Skip n bytes without keeping them; false when the stream ended first. */
    async skip(n) {
        let left = n;
        while (left > 0) {
            await this.fill(Math.min(left, 1 << 20));
            if (this.buffered === 0)
                return false;
            const take = Math.min(left, this.buffered);
            const out = await this.read(take);
            left -= out?.length ?? 0;
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./packages/dists/archive-kind.ts
/**
 * Python's `zipfile.is_zipfile` and `tarfile.is_tarfile`, which decide PyPI's "both a zip and a tar file",
 * "File is not a zipfile" and "File is not a tarfile" before any member is read.
 */



const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const EOCD_SIZE = 22;
const MAX_COMMENT = 1 << 16;
const BLOCK = 512;
// How much of a gzip stream is inflated to see the first tar header.
const GZIP_WINDOW = 1 << 16;
async function readAt(path, position, length) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(Math.max(0, length));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/**
 * `zipfile.is_zipfile`: an end-of-central-directory record ends the file, or its signature is found (with all
 * 22 bytes after it) within the last 64 KiB + 22 bytes. Nothing else is checked, so data before a zip is fine.
 */
async function isZipFile(path) {
    const { size } = await (0,promises_.stat)(path);
    if (size < EOCD_SIZE)
        return false;
    const start = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
    const tail = await readAt(path, start, size - start);
    const last = tail.subarray(tail.length - EOCD_SIZE);
    if (last.subarray(0, 4).equals(EOCD) && last[20] === 0 && last[21] === 0)
        return true;
    const at = tail.lastIndexOf(EOCD);
    return at >= 0 && tail.length - at >= EOCD_SIZE;
}
/** The compression named by a file's magic bytes (null: none of tarfile's). */
function compressionOf(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.subarray(0, 3).toString('latin1') === 'BZh' &&
        head.subarray(4, 10).toString('latin1') === '1AY&SY')
        return 'bzip2';
    if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])))
        return 'xz';
    if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])))
        return 'zstd';
    return null;
}
/** The compression a file announces with its first bytes. */
async function compressionOfFile(path) {
    return compressionOf(await readAt(path, 0, 16));
}
/**
 * `tarfile.is_tarfile`: the file opens as a tar, plain or compressed, that is, its first header block reads.
 * Plain and gzip are checked block and all; a bzip2, xz or zstd stream is taken on its magic bytes alone
 * (node cannot inflate those), so one that holds no tar counts as a tar here.
 */
async function isTarFile(path) {
    const head = await readAt(path, 0, GZIP_WINDOW);
    const compression = compressionOf(head);
    if (compression === 'gzip')
        return isTarHeader(await firstInflated(head));
    if (compression !== null)
        return true;
    return isTarHeader(head.subarray(0, BLOCK));
}
// tarfile reads an all-zero first block as an empty archive; anything else must carry a valid checksum.
function isTarHeader(block) {
    return block.length >= BLOCK && (block.subarray(0, BLOCK).every((b) => b === 0) || checksumOk(block));
}
/**
 * The bytes a gzip stream inflates to, as far as its first member reads without error: what Python's
 * GzipFile hands tarfile before damage further on (a truncation, a bad block) raises.
 */
async function firstInflated(head) {
    const body = head.subarray(gzipHeaderLength(head));
    const zlib = await (0,lazy_modules/* loadZlib */.s)();
    const inflate = (length) => {
        try {
            return zlib.inflateRawSync(body.subarray(0, length), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
        }
        catch {
            return null;
        }
    };
    const whole = inflate(body.length);
    if (whole)
        return whole;
    // Damage inside the window: the longest prefix that still inflates (output only grows with input).
    let good = 0;
    let bad = body.length;
    while (bad - good > 1) {
        const middle = Math.floor((good + bad) / 2);
        if (inflate(middle))
            good = middle;
        else
            bad = middle;
    }
    return inflate(good) ?? Buffer.alloc(0);
}
// RFC 1952: ID1 ID2 CM FLG MTIME(4) XFL OS, then the optional extra field, name, comment and header CRC.
function gzipHeaderLength(head) {
    if (head[2] !== 8)
        return head.length;
    const flags = head[3] ?? 0;
    let at = 10;
    if (flags & 0x04)
        at += 2 + (head.length >= at + 2 ? head.readUInt16LE(at) : 0);
    for (const bit of [0x08, 0x10]) {
        if (flags & bit) {
            const end = head.indexOf(0, at);
            at = end < 0 ? head.length : end + 1;
        }
    }
    if (flags & 0x02)
        at += 2;
    return Math.min(at, head.length);
}

;// CONCATENATED MODULE: ./packages/dists/core-metadata-fields.ts
/** The core metadata fields this package knows: their header name, typed key, use count and twine form name. */
// Order follows twine's mapping (metadata 1.0 → 2.4), which is also the order uploadFormFields emits.
const core_metadata_fields_FIELD_SPECS = [
    { header: 'Metadata-Version', key: 'metadataVersion', multiple: false, form: 'metadata_version' },
    { header: 'Name', key: 'name', multiple: false, form: 'name' },
    { header: 'Version', key: 'version', multiple: false, form: 'version' },
    { header: 'Platform', key: 'platforms', multiple: true, form: 'platform' },
    { header: 'Summary', key: 'summary', multiple: false, form: 'summary' },
    { header: 'Description', key: 'description', multiple: false, form: 'description' },
    { header: 'Keywords', key: 'keywords', multiple: false, form: 'keywords' },
    { header: 'Home-page', key: 'homePage', multiple: false, form: 'home_page' },
    { header: 'Author', key: 'author', multiple: false, form: 'author' },
    { header: 'Author-email', key: 'authorEmail', multiple: false, form: 'author_email' },
    { header: 'License', key: 'license', multiple: false, form: 'license' },
    { header: 'Supported-Platform', key: 'supportedPlatforms', multiple: true, form: 'supported_platform' },
    { header: 'Download-URL', key: 'downloadUrl', multiple: false, form: 'download_url' },
    { header: 'Classifier', key: 'classifiers', multiple: true, form: 'classifiers' },
    { header: 'Requires', key: 'requires', multiple: true, form: 'requires' },
    { header: 'Provides', key: 'provides', multiple: true, form: 'provides' },
    { header: 'Obsoletes', key: 'obsoletes', multiple: true, form: 'obsoletes' },
    { header: 'Maintainer', key: 'maintainer', multiple: false, form: 'maintainer' },
    { header: 'Maintainer-email', key: 'maintainerEmail', multiple: false, form: 'maintainer_email' },
    { header: 'Requires-Dist', key: 'requiresDist', multiple: true, form: 'requires_dist' },
    { header: 'Provides-Dist', key: 'providesDist', multiple: true, form: 'provides_dist' },
    { header: 'Obsoletes-Dist', key: 'obsoletesDist', multiple: true, form: 'obsoletes_dist' },
    { header: 'Requires-Python', key: 'requiresPython', multiple: false, form: 'requires_python' },
    { header: 'Requires-External', key: 'requiresExternal', multiple: true, form: 'requires_external' },
    { header: 'Project-URL', key: 'projectUrls', multiple: true, form: 'project_urls' },
    {
        header: 'Description-Content-Type',
        key: 'descriptionContentType',
        multiple: false,
        form: 'description_content_type',
    },
    { header: 'Provides-Extra', key: 'providesExtra', multiple: true, form: 'provides_extra' },
    { header: 'Dynamic', key: 'dynamic', multiple: true, form: 'dynamic' },
    { header: 'License-Expression', key: 'licenseExpression', multiple: false, form: 'license_expression' },
    { header: 'License-File', key: 'licenseFiles', multiple: true, form: 'license_file' },
];
const BY_HEADER = new Map(core_metadata_fields_FIELD_SPECS.map((spec) => [spec.header.toLowerCase(), spec]));
const BY_FORM = new Map(core_metadata_fields_FIELD_SPECS.map((spec) => [spec.form, spec]));
/** The spec of a header, matched case-insensitively as RFC 822 headers are; undefined for unknown fields. */
function fieldSpecOfHeader(header) {
    return BY_HEADER.get(header.toLowerCase());
}
/** The spec of a twine/warehouse upload form field name; undefined for non-metadata fields. */
function fieldSpecOfForm(form) {
    return BY_FORM.get(form);
}

;// CONCATENATED MODULE: ./packages/dists/core-metadata.ts
/** Core metadata (PKG-INFO / METADATA): RFC 822-style headers, then the description as the body. */


// A header line: a field name of printable ASCII except ':', then ':' (Python's feedparser headerRE).
const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+):(.*)$/s;
/** An empty CoreMetadata, for building one by hand (tests, form data). */
function emptyCoreMetadata() {
    const meta = { projectUrls: [], fields: [], warnings: [] };
    for (const spec of core_metadata_fields_FIELD_SPECS)
        if (spec.multiple && spec.key !== 'projectUrls')
            meta[spec.key] = [];
    return meta;
}
/** Parse METADATA / PKG-INFO text (or UTF-8 bytes) into typed fields, the raw field list and the body description. */
function core_metadata_parseCoreMetadata(input, source = 'metadata') {
    const text = typeof input === 'string' ? input : decodeUtf8(input, source);
    const fields = [];
    let body = null;
    // Walk lines keeping their endings, as the body must come out verbatim.
    const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/gy;
    let current = null;
    const flush = () => {
        if (current)
            fields.push({ name: current.name, value: current.parts.join('').replace(/[\r\n]+$/, '') });
        current = null;
    };
    for (;;) {
        const start = lineRe.lastIndex;
        const match = lineRe.exec(text);
        if (!match || match[0] === '')
            break;
        const line = match[0];
        const content = line.replace(/[\r\n]+$/, '');
        if (content === '') {
            body = text.slice(lineRe.lastIndex);
            break;
        }
        if (/^[ \t]/.test(content) && current) {
            current.parts.push(line);
            continue;
        }
        const header = HEADER_LINE.exec(content);
        if (!header) {
            // Python treats the first non-header line as the start of the body (a defect, but it parses on).
            body = text.slice(start);
            break;
        }
        flush();
        const name = header[1] ?? '';
        const after = line.slice(name.length + 1).replace(/^[ \t]+/, '');
        current = { name, parts: [after] };
    }
    flush();
    return buildMetadata(fields, body);
}
/** Build the typed object from an ordered field list and an optional body. */
function buildMetadata(fields, body) {
    const meta = emptyCoreMetadata();
    meta.fields = fields;
    const singles = meta;
    for (const { name, value } of fields) {
        const spec = fieldSpecOfHeader(name);
        if (!spec)
            continue;
        if (spec.key === 'projectUrls')
            meta.projectUrls.push(parseProjectUrl(value));
        else if (spec.key === 'keywords') {
            if (meta.keywords)
                meta.warnings.push(`${spec.header} appears more than once; the first is used`);
            else
                meta.keywords = value.split(',').map((k) => k.trim());
        }
        else if (spec.multiple)
            meta[spec.key].push(value);
        else if (singles[spec.key] !== undefined) {
            meta.warnings.push(`${spec.header} appears more than once; the first is used`);
        }
        else
            singles[spec.key] = value;
    }
    if (body !== null && body !== '') {
        if (meta.description !== undefined) {
            meta.warnings.push('Description is given both as a header and as the body; the body is used');
        }
        meta.description = body;
    }
    return meta;
}
/** Split `Label, URL` at the first comma, trimming both, as packaging does. */
function parseProjectUrl(value) {
    const comma = value.indexOf(',');
    if (comma < 0)
        return { label: value.trim(), url: '' };
    return { label: value.slice(0, comma).trim(), url: value.slice(comma + 1).trim() };
}
function decodeUtf8(bytes, source) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new errors/* DistError */.b('invalid-metadata', `${source}: core metadata is not valid UTF-8`);
    }
}

;// CONCATENATED MODULE: ./packages/dists/digest-names.ts
/** The digests beside sha256 by name alone: an action checks its input against them without loading the hashers. */
const EXTRA_DIGESTS = ['md5', 'blake2_256'];

;// CONCATENATED MODULE: ./packages/dists/hash-file.ts





/**
 * Feeds bytes to sha256 and the extra digests at once: md5 (node's crypto) and blake2b-256. Node has no
 * 256-bit blake2b, and hash-wasm's runs at about 250 MB/s here where pure-JavaScript implementations
 * manage 10 to 15, which matters for a 1 GiB wheel; its WebAssembly instance is why creation is
 * asynchronous. Finished instances are kept for the next file: each holds its own WebAssembly memory,
 * which the garbage collector returns late, and a release of fifty files would otherwise carry fifty.
 */
class DigestAccumulator {
    sha256;
    md5;
    blake;
    size = 0;
    constructor(sha256, md5, blake) {
        this.sha256 = sha256;
        this.md5 = md5;
        this.blake = blake;
    }
    /** A fresh accumulator for sha256 and `extras` (all of them by default). */
    static async create(extras = EXTRA_DIGESTS) {
        // node:crypto is loaded with the first file hashed, not at start-up (4 ms of every action's).
        const { createHash } = await (0,lazy_modules/* loadCrypto */.Q)();
        let blake = null;
        if (extras.includes('blake2_256')) {
            blake = hash_file_idleBlake.pop() ?? (await createBLAKE2b(256));
            blake.init();
        }
        return new DigestAccumulator(createHash('sha256'), extras.includes('md5') ? createHash('md5') : null, blake);
    }
    /** Adds the next bytes. */
    update(chunk) {
        this.size += chunk.length;
        this.sha256.update(chunk);
        this.md5?.update(chunk);
        this.blake?.update(chunk);
    }
    /** The digests of everything added; call once, at the end. */
    digest() {
        const out = { size: this.size, sha256: this.sha256.digest('hex') };
        if (this.md5)
            out.md5 = this.md5.digest('hex');
        if (this.blake) {
            out.blake2_256 = this.blake.digest('hex');
            hash_file_idleBlake.push(this.blake);
        }
        return out;
    }
}
const hash_file_idleBlake = [];
/** Two 1 MiB read buffers per file being hashed, reused from file to file (preflight hashes two at once). */
const readBuffers = new buffer_pool/* BufferPool */.P(1 << 20, 4);
async function hashFile(path, extras = EXTRA_DIGESTS) {
    const digests = await DigestAccumulator.create(extras);
    const handle = await (0,promises_.open)(path, 'r');
    const memory = [readBuffers.take(), readBuffers.take()];
    let reading = null;
    try {
        const buffers = memory.map((m) => Buffer.from(m));
        let position = 0;
        reading = handle.read(buffers[0], 0, readBuffers.size, position);
        for (let turn = 0;; turn ^= 1) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            reading = handle.read(buffers[turn ^ 1], 0, readBuffers.size, position);
            digests.update(buffers[turn].subarray(0, bytesRead));
        }
    }
    finally {
        // A read still in flight writes into its buffer: it must end before the buffer goes back to the pool.
        await reading?.catch(() => undefined);
        for (const m of memory)
            readBuffers.give(m);
        await handle.close();
    }
    return digests.digest();
}
/** All of PyPI's digests of bytes already in memory (a METADATA file). */
async function hashBytes(bytes) {
    const digests = await DigestAccumulator.create();
    digests.update(bytes);
    return digests.digest();
}

;// CONCATENATED MODULE: ./packages/dists/read-dist.ts
/** Reading what a distribution file holds: core metadata (and WHEEL) without unpacking it. */






/** The kind of a file by its extension, or throw DistError `unknown-extension`. */
function distKindOf(filename) {
    if (filename.endsWith('.whl'))
        return { kind: 'wheel', format: 'zip' };
    if (filename.endsWith('.tar.gz'))
        return { kind: 'sdist', format: 'tar.gz' };
    if (filename.endsWith('.zip'))
        return { kind: 'sdist', format: 'zip' };
    throw new errors/* DistError */.b('unknown-extension', `${filename}: not a wheel (.whl) or sdist (.tar.gz, .zip)`, filename);
}
/**
 * Read the core metadata of a wheel (`*.dist-info/METADATA`, WHEEL, and RECORD must exist) or an sdist
 * (`<top>/PKG-INFO`, streaming and stopping there). Throws DistError naming the file on anything missing.
 */
async function readDistMetadata(path, limits = {}) {
    const filename = basename(path);
    const { kind, format } = distKindOf(filename);
    if (format === 'tar.gz') {
        const metadata = parseCoreMetadata(await readTarPkgInfo(path, limits.tar), `${filename}: PKG-INFO`);
        return { filename, kind, metadata };
    }
    const zip = await ZipArchive.open(path, limits.zip);
    try {
        const names = zip.entries.map((e) => e.name);
        if (kind === 'sdist') {
            const target = pkgInfoPath(names);
            const entry = zip.entry(target);
            if (!entry)
                throw missing(filename, `PKG-INFO not found at ${target}`);
            return { filename, kind, metadata: parseCoreMetadata(await zip.read(entry), `${filename}: ${target}`) };
        }
        const dir = findDistInfoDir(filename, names);
        if (!dir)
            throw missing(filename, 'no .dist-info directory with METADATA');
        const metadataEntry = zip.entry(`${dir}/METADATA`);
        const wheelEntry = zip.entry(`${dir}/WHEEL`);
        if (!metadataEntry)
            throw missing(filename, `METADATA not found at ${dir}/METADATA`);
        if (!wheelEntry)
            throw missing(filename, `WHEEL not found at ${dir}/WHEEL`);
        if (!zip.entry(`${dir}/RECORD`))
            throw missing(filename, `RECORD not found at ${dir}/RECORD`);
        const metadata = parseCoreMetadata(await zip.read(metadataEntry), `${filename}: METADATA`);
        const wheelText = (await zip.read(wheelEntry)).toString('utf8');
        return { filename, kind, metadata, wheelInfo: parseWheelFile(wheelText, dir, true) };
    }
    finally {
        await zip.close();
    }
}
/** Where PyPI looks for an sdist's PKG-INFO: `os.path.join(commonprefix(names), "PKG-INFO")`. */
function pkgInfoPath(names) {
    const prefix = commonPrefix(names);
    return prefix === '' || prefix.endsWith('/') ? `${prefix}PKG-INFO` : `${prefix}/PKG-INFO`;
}
/** Python's `os.path.commonprefix`: character-wise, not path-wise. */
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let prefix = names[0] ?? '';
    for (const name of names) {
        let i = 0;
        while (i < prefix.length && i < name.length && prefix[i] === name[i])
            i++;
        prefix = prefix.slice(0, i);
    }
    return prefix;
}
// Stream until <top>/PKG-INFO, where <top> is the first member's top directory (as setuptools writes sdists).
async function readTarPkgInfo(path, limits) {
    let target = null;
    let found = null;
    await walkTarGz(path, {
        onEntry(entry) {
            target ??= `${entry.path.replace(/^\.\//, '').split('/')[0]}/PKG-INFO`;
            return entry.path.replace(/^\.\//, '') === target ? 'read' : 'skip';
        },
        onContent(_entry, data) {
            found = data;
            return true;
        },
    }, limits);
    if (found === null)
        throw missing(basename(path), `PKG-INFO not found at ${target ?? '<top>/PKG-INFO'}`);
    return found;
}
function missing(filename, what) {
    return new DistError('missing-member', `${filename}: ${what}`, filename);
}

;// CONCATENATED MODULE: ./packages/dists/wheel-info.ts
/** The `.dist-info/WHEEL` file: wheel format version, generator, purelib flag and tags. */

/** Parse WHEEL text (same RFC 822 shape as METADATA). */
function wheel_info_parseWheelFile(text, distInfoDir, hasRecord) {
    const { fields } = parseCoreMetadata(text, 'WHEEL');
    const get = (name) => fields.find((f) => f.name.toLowerCase() === name.toLowerCase())?.value.trim();
    const purelib = get('Root-Is-Purelib');
    return {
        distInfoDir,
        wheelVersion: get('Wheel-Version'),
        generator: get('Generator'),
        rootIsPurelib: purelib === undefined ? undefined : purelib.toLowerCase() === 'true',
        tags: fields.filter((f) => f.name.toLowerCase() === 'tag').map((f) => f.value.trim()),
        build: get('Build'),
        hasRecord,
    };
}
/**
 * The dist-info directory of a wheel: `{name}-{version}.dist-info` from the filename as PyPI looks for it,
 * else the one top-level `*.dist-info` directory that holds METADATA.
 */
function wheel_info_findDistInfoDir(filename, members) {
    const [name, version] = filename.split('-');
    const expected = `${name}-${version}.dist-info`;
    if (members.some((m) => m.startsWith(`${expected}/`)))
        return expected;
    const candidates = new Set();
    for (const member of members) {
        const match = /^([^/]+\.dist-info)\/METADATA$/.exec(member);
        if (match?.[1])
            candidates.add(match[1]);
    }
    return candidates.size === 1 ? ([...candidates][0] ?? null) : null;
}

;// CONCATENATED MODULE: ./packages/dists/zip-framing.ts
/**
 * warehouse's ZIP framing check (`warehouse/utils/zipfiles.py`): read front to back, record by record, a zip
 * must say what its central directory says, so that a streaming reader and a directory reader agree. No
 * data descriptors, no duplicate or unlisted names, no comments on entries, no unprintable names, no data
 * after the end record.
 */

const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const U32_MAX = 0xffffffff;
const WINDOW = 1 << 16;
// Extras that may not appear twice in one local header: ZIP64 sizes, Info-ZIP Unicode path.
const SINGLE_EXTRAS = new Set([0x0001, 0x7075]);
/** One of warehouse's framing errors; its message is warehouse's. */
class FramingError extends Error {
}
/** Sequential reads over a file handle through a 64 KiB window; reading past the end is "Malformed". */
class RecordReader {
    handle;
    size;
    position = 0;
    window = Buffer.alloc(0);
    windowStart = 0;
    constructor(handle, size) {
        this.handle = handle;
        this.size = size;
    }
    async read(length) {
        if (this.position + length > this.size)
            throw new FramingError('Malformed zip file');
        const offset = this.position - this.windowStart;
        if (offset < 0 || offset + length > this.window.length) {
            this.window = Buffer.alloc(Math.max(length, WINDOW));
            const { bytesRead } = await this.handle.read(this.window, 0, this.window.length, this.position);
            this.window = this.window.subarray(0, bytesRead);
            this.windowStart = this.position;
        }
        const at = this.position - this.windowStart;
        this.position += length;
        return this.window.subarray(at, at + length);
    }
    skip(length) {
        this.position += length;
    }
}
const unprintable = (bytes) => bytes.some((b) => b < 0x20 || b === 0x7f);
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function utf8(bytes, error) {
    try {
        return UTF8.decode(bytes);
    }
    catch {
        throw new FramingError(error);
    }
}
// A local header's extras: no repeats of the single ones, ZIP64 sizes applied, Unicode paths valid.
function applyLocalExtras(extra, method, sizes) {
    const seen = new Set();
    let at = 0;
    while (at < extra.length) {
        if (extra.length - at < 4)
            throw new FramingError('Malformed zip file');
        const id = extra.readUInt16LE(at);
        const length = extra.readUInt16LE(at + 2);
        if (length + 4 > extra.length - at)
            throw new FramingError('Malformed zip file');
        if (seen.has(id) && SINGLE_EXTRAS.has(id))
            throw new FramingError('Invalid duplicate extra in local file');
        seen.add(id);
        const data = extra.subarray(at + 4, at + 4 + length);
        if (id === 0x0001)
            zip64Sizes(data, method, sizes);
        else if (id === 0x7075) {
            const name = data.subarray(5);
            if (unprintable(name))
                throw new FramingError('Invalid character in filename');
            utf8(name, 'Filename not valid UTF-8');
        }
        at += 4 + length;
    }
}
function zip64Sizes(data, method, sizes) {
    if (![0, 8, 16, 24, 28].includes(data.length))
        throw new FramingError('Malformed zip file');
    if (data.length === 0) {
        if (sizes.compressed === U32_MAX || sizes.uncompressed === U32_MAX)
            throw new FramingError('Malformed zip file');
    }
    else if (data.length === 8) {
        // Only the uncompressed size: then the data must be stored, both sizes the same.
        if (method !== 0)
            throw new FramingError('Malformed zip file');
        const size = Number(data.readBigUInt64LE(0));
        sizes.compressed = size;
        if (sizes.uncompressed === U32_MAX)
            sizes.uncompressed = size;
    }
    else {
        if (sizes.uncompressed === U32_MAX)
            sizes.uncompressed = Number(data.readBigUInt64LE(0));
        sizes.compressed = Number(data.readBigUInt64LE(8));
    }
}
async function localHeader(reader, walk) {
    const fixed = await reader.read(26);
    const flags = fixed.readUInt16LE(2);
    const method = fixed.readUInt16LE(4);
    const sizes = { compressed: fixed.readUInt32LE(14), uncompressed: fixed.readUInt32LE(18) };
    const name = Buffer.from(await reader.read(fixed.readUInt16LE(22)));
    const extra = Buffer.from(await reader.read(fixed.readUInt16LE(24)));
    if (unprintable(name))
        throw new FramingError('Invalid character in filename');
    applyLocalExtras(extra, method, sizes);
    if (flags & 0x08)
        throw new FramingError('ZIP contains a data descriptor');
    const entry = walk.directory.get(utf8(name, 'Filename not unicode'));
    if (!entry)
        throw new FramingError('Filename not in central directory');
    if (entry.compressedSize !== sizes.compressed)
        throw new FramingError('Mis-matched data size');
    if (entry.uncompressedSize !== sizes.uncompressed)
        throw new FramingError('Mis-matched file size');
    reader.skip(sizes.compressed);
    const key = name.toString('latin1');
    if (walk.local.has(key))
        throw new FramingError('Duplicate filename in local headers');
    walk.local.add(key);
}
async function centralHeader(reader, walk) {
    walk.cdOffset ??= reader.position - 4;
    walk.cdRecords += 1;
    const fixed = await reader.read(42);
    if (fixed.readUInt16LE(28) !== 0)
        throw new FramingError('Comment in central directory');
    const name = await reader.read(fixed.readUInt16LE(24));
    const key = name.toString('latin1');
    const extraLength = fixed.readUInt16LE(26);
    await reader.read(extraLength);
    if (unprintable(name))
        throw new FramingError('Invalid character in filename');
    walk.cdSize += 46 + name.length + extraLength;
    if (walk.central.has(key))
        throw new FramingError('Duplicate filename in central directory');
    if (!walk.local.has(key))
        throw new FramingError('Missing filename in local headers');
    walk.central.add(key);
}
async function endRecord(reader, walk) {
    walk.cdOffset ??= reader.position - 4;
    const fixed = await reader.read(18);
    if (fixed.readUInt16LE(4) !== fixed.readUInt16LE(6))
        throw new FramingError('Malformed zip file');
    reader.skip(fixed.readUInt16LE(16));
    if (walk.locator === null || walk.declared === null)
        walk.declared = {
            records: fixed.readUInt16LE(6),
            size: fixed.readUInt32LE(8),
            offset: fixed.readUInt32LE(12),
        };
    const { records, size, offset } = walk.declared;
    if (records !== walk.cdRecords)
        throw new FramingError('Mismatched central directory records');
    if (offset !== walk.cdOffset)
        throw new FramingError('Mismatched central directory offset');
    if (size !== walk.cdSize)
        throw new FramingError('Mismatched central directory size');
}
async function endRecord64(reader, walk) {
    walk.eocd64At = reader.position - 4;
    const fixed = await reader.read(52);
    const size = Number(fixed.readBigUInt64LE(0));
    const onDisk = fixed.readBigUInt64LE(20);
    const records = fixed.readBigUInt64LE(28);
    if (onDisk !== records)
        throw new FramingError('Malformed zip file');
    if (size !== 44)
        throw new FramingError('ZIP64 extensible data not allowed');
    walk.declared = {
        records: Number(records),
        size: Number(fixed.readBigUInt64LE(36)),
        offset: Number(fixed.readBigUInt64LE(44)),
    };
}
async function walkRecords(reader, walk) {
    for (;;) {
        const signature = (await reader.read(4)).readUInt32LE(0);
        // An end record after a ZIP64 end record needs the ZIP64 locator between them.
        if (signature === SIG_EOCD && walk.eocd64At !== null && walk.locator === null)
            throw new FramingError('Malformed zip file');
        if (signature === SIG_CENTRAL)
            await centralHeader(reader, walk);
        else if (signature === SIG_LOCAL)
            await localHeader(reader, walk);
        else if (signature === SIG_EOCD)
            return endRecord(reader, walk);
        else if (signature === SIG_EOCD64)
            await endRecord64(reader, walk);
        else if (signature === SIG_EOCD64_LOCATOR)
            walk.locator = Number((await reader.read(16)).readBigUInt64LE(4));
        else
            throw new FramingError('Unknown record signature');
    }
}
/** warehouse's reason to refuse the zip's framing (`Duplicate filename in local headers`, …), or null. */
async function zipFramingProblem(path, entries) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const reader = new RecordReader(handle, (await handle.stat()).size);
        const walk = {
            directory: new Map(entries.map((e) => [e.name, e])),
            local: new Set(),
            central: new Set(),
            cdRecords: 0,
            cdOffset: null,
            cdSize: 0,
            declared: null,
            eocd64At: null,
            locator: null,
        };
        await walkRecords(reader, walk);
        if (walk.central.size !== walk.local.size)
            return 'Mis-matched local headers and central directory';
        return reader.position === reader.size ? null : 'Trailing data';
    }
    catch (error) {
        if (error instanceof FramingError)
            return error.message;
        throw error;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./packages/dists/zip-reader.ts + 1 modules
var zip_reader = __nccwpck_require__(76081);
;// CONCATENATED MODULE: ./packages/dists/inspect-dist.ts
/** Gathering the facts PyPI's rules look at from a file on disk, without failing on a broken archive. */










/**
 * Hash a file (unless `options.hashes` are given) and read its archive (every member name, sizes, methods; for a .tar.gz a full streaming walk)
 * and its own metadata. Unreadable archives give `archive.unreadable` with PyPI's reason rather than a throw.
 */
async function inspectDistribution(path, options = {}) {
    const { hashes: known, filename = (0,external_node_path_.basename)(path), ...limits } = options;
    const base = known
        ? { filename, size: (await (0,promises_.stat)(path)).size, hashes: known }
        : await hashFile(path).then(({ size, ...hashes }) => ({ filename, size, hashes }));
    let format;
    try {
        format = distKindOf(filename).format;
    }
    catch (error) {
        return { ...base, metadata: null, metadataError: error.message };
    }
    const { archive, metadata, metadataError } = format === 'zip' ? await inspectZip(path, filename, limits) : await inspectTar(path, filename, limits);
    // PyPI refuses a file that is both a zip and a tar before it reads either.
    if ((await isZipFile(path)) && (await isTarFile(path)))
        archive.polyglot = true;
    return { ...base, archive, metadata, ...(metadataError ? { metadataError } : {}) };
}
async function inspectZip(path, filename, limits) {
    let zip;
    try {
        zip = await zip_reader/* ZipArchive */.SJ.open(path, limits.zip);
    }
    catch (error) {
        // zipfile.is_zipfile only looks for the end record; anything worse is a BadZipFile, which PyPI prints as None.
        const message = error.message;
        const unreadable = (await isZipFile(path)) ? DAMAGED : 'File is not a zipfile';
        return { archive: emptyArchive('zip', unreadable), metadata: null, metadataError: message };
    }
    try {
        const members = zip.entries.map((e) => e.name);
        const archive = {
            format: 'zip',
            unreadable: null,
            members,
            uncompressedSize: zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0),
            unsupportedCompression: zip.entries.some((e) => e.method !== 0 && e.method !== 8),
        };
        const target = filename.endsWith('.whl')
            ? `${wheel_info_findDistInfoDir(filename, members) ?? 'unknown.dist-info'}/METADATA`
            : pkgInfoPath(members);
        archive.framing = await zipFramingProblem(path, zip.entries);
        if (filename.endsWith('.whl')) {
            archive.entryPoints = await readDistInfoMember(zip, filename, 'entry_points.txt');
            const record = await readDistInfoMember(zip, filename, 'RECORD');
            if (record !== null && !isUtf8(record))
                archive.recordUndecodable = true;
        }
        const entry = zip.entry(target);
        if (!entry)
            return { archive, metadata: null, metadataError: `${filename}: ${target} not found` };
        try {
            return { archive, metadata: core_metadata_parseCoreMetadata(await zip.read(entry), `${filename}: ${target}`) };
        }
        catch (error) {
            return { archive, metadata: null, metadataError: error.message };
        }
    }
    finally {
        await zip.close();
    }
}
// warehouse reads `<name>-<version>.dist-info/<member>`, name and version split from the filename.
async function readDistInfoMember(zip, filename, member) {
    const [name, version] = filename.split('-');
    const entry = zip.entry(`${name}-${version}.dist-info/${member}`);
    if (!entry)
        return null;
    try {
        return await zip.read(entry);
    }
    catch {
        return null;
    }
}
// PyPI says `None` when Python's archive modules fail mid-read; the cause follows in parentheses.
const DAMAGED = 'None (the archive is truncated or damaged)';
const NOT_GZIP = 'None (a tar archive, but not gzip-compressed)';
// tarfile.is_tarfile decides "not a tarfile"; a tar that then fails to read as .tar.gz is PyPI's None.
async function tarFailure(path) {
    if (!(await isTarFile(path)))
        return 'File is not a tarfile';
    return (await compressionOfFile(path)) === 'gzip' ? DAMAGED : NOT_GZIP;
}
function isUtf8(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
async function inspectTar(path, filename, limits) {
    const members = [];
    const candidates = new Map();
    let sparse = false;
    try {
        const summary = await tar_reader_walkTarGz(path, {
            onEntry(entry) {
                members.push(entry.path);
                if (entry.sparse)
                    sparse = true;
                // Keep every depth-one PKG-INFO (small, capped): which one counts is known only at the end.
                return /^[^/]+\/PKG-INFO$/.test(entry.path) ? 'read' : 'skip';
            },
            onContent(entry, data) {
                candidates.set(entry.path, data);
                return false;
            },
        }, 
        // PyPI reads an sdist through whatever it inflates to (no ratio check on tars), and so does this.
        { maxRatio: Number.POSITIVE_INFINITY, ...limits.tar });
        const archive = {
            format: 'tar.gz',
            unreadable: null,
            members,
            uncompressedSize: summary.inflatedBytes,
            unsupportedCompression: false,
            sparse,
        };
        const data = candidates.get(pkgInfoPath(members));
        if (!data)
            return { archive, metadata: null, metadataError: `${filename}: no PKG-INFO at the top` };
        return { archive, metadata: core_metadata_parseCoreMetadata(data, `${filename}: PKG-INFO`) };
    }
    catch (error) {
        return {
            archive: emptyArchive('tar.gz', await tarFailure(path)),
            metadata: null,
            metadataError: error.message,
        };
    }
}
function emptyArchive(format, unreadable) {
    return { format, unreadable, members: [], uncompressedSize: 0, unsupportedCompression: false };
}

;// CONCATENATED MODULE: ./packages/dists/rules/archive-rules.ts

/** Past this many uncompressed bytes PyPI checks the compression ratio (64 MiB). */
const COMPRESSION_RATIO_MIN_SIZE = 64 * 1024 * 1024;
/** An archive inflating to more than 50 × its size (past the minimum) is a zip bomb to PyPI. */
const COMPRESSION_RATIO_THRESHOLD = 50;
/**
 * Python's `os.path.commonpath` of member names (path components, `.` and empty ones dropped); null where
 * Python raises (absolute and relative names mixed).
 */
function commonPath(names) {
    if (names.length === 0)
        return '';
    const absolute = new Set(names.map((n) => n.startsWith('/')));
    if (absolute.size > 1)
        return null;
    const split = names.map((n) => n.split('/').filter((c) => c !== '' && c !== '.'));
    let common = split[0] ?? [];
    for (const parts of split) {
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return (absolute.has(true) ? '/' : '') + common.join('/');
}
const ARCHIVES_HELP = 'See https://docs.pypi.org/archives for more information';
/** PyPI's reason an archive is not a valid distribution file, or null when it is. */
function invalidDistReason(filename, size, archive) {
    if (archive.polyglot)
        return 'File is both a zip and a tar file';
    if (archive.unreadable !== null)
        return archive.unreadable;
    const { members } = archive;
    if (archive.format === 'zip') {
        if (archive.uncompressedSize > COMPRESSION_RATIO_MIN_SIZE &&
            archive.uncompressedSize / Math.max(size, 1) > COMPRESSION_RATIO_THRESHOLD) {
            return `File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`;
        }
        if (archive.unsupportedCompression)
            return 'File does not use a supported compression type';
        const required = filename.endsWith('.whl')
            ? wheelFileReason(filename, members)
            : sdistTopLevelReason(members);
        if (required !== null)
            return required;
        return archive.framing ? `ZIP archive not accepted: ${archive.framing}. ${ARCHIVES_HELP}` : null;
    }
    if (archive.sparse)
        return `tar archive not accepted: Sparse members are not allowed. ${ARCHIVES_HELP}`;
    return sdistTopLevelReason(members);
}
// warehouse splits the raw filename: `name, version, _ = filename.split("-", 2)`.
function wheelFileReason(filename, members) {
    const parts = filename.split('-');
    if (parts.length < 3)
        return 'Unable to parse name and version from wheel filename';
    const target = `${parts[0]}-${parts[1]}.dist-info/WHEEL`;
    return members.includes(target) ? null : `WHEEL not found at ${target}`;
}
function sdistTopLevelReason(members) {
    const top = commonPath(members);
    if (top === null || top === '' || top === '/')
        return 'Incorrect number of top-level directories in sdist';
    const target = `${top}/PKG-INFO`;
    return members.includes(target) ? null : `PKG-INFO not found at ${target}`;
}
/** The archive must be a valid distribution file (answers `Invalid distribution file. <reason>`). */
const distFileRule = ({ filename, size, archive }) => {
    if (!archive)
        return null;
    const reason = invalidDistReason(filename, size, archive);
    return reason === null
        ? null
        : badRequest('invalid-distribution-file', `Invalid distribution file. ${reason}`);
};

;// CONCATENATED MODULE: ./packages/dists/rules/file-rules.ts
/** PyPI's checks of the uploaded file itself: its name's characters and extension, size and digests. */



const EXTENSION = /^.+?(\.(tar\.gz|zip|whl))$/is;
const EXTENSIONS_OF = {
    sdist: ['.zip', '.tar.gz'],
    bdist_wheel: ['.whl'],
};
const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
/** The filetype the client claims, else the one twine derives from the extension. */
function filetypeFor(dist) {
    return dist.filetype ?? filetypeOf(dist.filename);
}
/** No control characters, DEL, or path separators in the filename. */
const filenameCharactersRule = ({ filename }) => {
    if (/[\x00-\x1f\x7f]/.test(filename)) {
        return badRequest('invalid-filename-characters', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (/[/\\]/.test(filename)) {
        return badRequest('invalid-filename-characters', "Cannot upload a file with '/' or '\\' in the name.");
    }
    return null;
};
/** Only .tar.gz, .zip (sdist) and .whl (wheel) are taken, matching the filetype (PEP 527, PEP 715). */
const extensionRule = (dist) => {
    const match = EXTENSION.exec(dist.filename);
    if (!match) {
        return badRequest('invalid-extension', 'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information');
    }
    const extension = match[1] ?? '';
    const filetype = filetypeFor(dist) ?? (extension.toLowerCase() === '.whl' ? 'bdist_wheel' : 'sdist');
    if (EXTENSIONS_OF[filetype].includes(extension))
        return null;
    return badRequest('invalid-extension', `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`);
};
/**
 * The file part's media type must not be empty or an image (twine sends application/octet-stream). As
 * Python's cgi reads it: the part before `;`, trimmed, compared case-sensitively; a part without the
 * header is text/plain, which passes.
 */
const contentTypeRule = ({ contentType }) => {
    if (contentType === undefined || contentType === null)
        return null;
    const media = (contentType.split(';')[0] ?? '').trim();
    if (media !== '' && !media.startsWith('image/'))
        return null;
    return badRequest('invalid-content-type', 'Invalid distribution file.');
};
/** The per-file size limit (PyPI: 100 MiB unless raised for the project). */
const fileSizeRule = (dist, context) => {
    const limit = context.maxFileSize ?? PYPI_MAX_FILE_SIZE;
    if (dist.size <= limit)
        return null;
    const project = dist.metadata?.name ?? '';
    return badRequest('file-too-large', `File too large. Limit for project ${pyRepr(project)} is ${Math.floor(limit / MIB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
};
/** The per-project total size limit (PyPI: 10 GiB). */
const projectSizeRule = (dist, context) => {
    const limit = context.maxProjectSize ?? PYPI_MAX_PROJECT_SIZE;
    if (dist.size + (context.projectTotalSize ?? 0) <= limit)
        return null;
    const project = dist.metadata?.name ?? '';
    // PyPI's message really ends without a period.
    return badRequest('project-too-large', `Project size too large. Limit for project ${pyRepr(project)} total size is ${Math.floor(limit / GIB)} GB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-project-size-limit-increase`);
};
/** Every digest the form declares must match the file. */
const digestRule = ({ declaredDigests, hashes }) => {
    if (!declaredDigests)
        return null;
    const pairs = [
        [declaredDigests.md5, hashes.md5],
        [declaredDigests.sha256, hashes.sha256],
        [declaredDigests.blake2_256, hashes.blake2_256],
    ];
    const ok = pairs.every(([declared, actual]) => !declared || declared.toLowerCase() === actual?.toLowerCase());
    if (ok)
        return null;
    return badRequest('digest-mismatch', 'The digest supplied does not match a digest calculated from the uploaded file.');
};

;// CONCATENATED MODULE: ./packages/dists/rules/release-rules.ts
/** PyPI's checks against what the index already holds: duplicates, reused filenames, one sdist per release. */



/**
 * A file with the same name or blake2 digest exists: identical name and digests → PyPI answers 200 and stores
 * nothing (code `file-exists-identical`, what twine's --skip-existing relies on); otherwise 400. A client
 * that computed no blake2b-256 predicts this from sha256, which tells the same bytes apart as well.
 */
const duplicateFileRule = (dist, context) => {
    const files = context.indexFiles ?? context.releaseFiles ?? [];
    const sameBytes = (file) => file.blake2_256 && dist.hashes.blake2_256
        ? file.blake2_256 === dist.hashes.blake2_256
        : file.sha256 === dist.hashes.sha256;
    const existing = files.find((f) => f.filename === dist.filename || sameBytes(f));
    if (!existing)
        return null;
    if (existing.filename === dist.filename && existing.sha256 === dist.hashes.sha256 && sameBytes(existing)) {
        return { code: 'file-exists-identical', status: 200, message: '' };
    }
    const hash = dist.hashes.blake2_256
        ? `blake2_256 hash ${pyRepr(dist.hashes.blake2_256)}`
        : `sha256 hash ${pyRepr(dist.hashes.sha256)}`;
    return badRequest('file-exists', `File already exists (${pyRepr(dist.filename)}, with ${hash}). See https://pypi.org/help/#file-name-reuse for more information.`);
};
/** A filename once used (and since deleted) is never accepted again. */
const filenameReuseRule = (dist, context) => {
    if (!context.deletedFilenames?.includes(dist.filename))
        return null;
    return badRequest('filename-reused', 'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.');
};
/** A release holds at most one sdist. */
const oneSdistRule = (dist, context) => {
    if (filetypeFor(dist) !== 'sdist')
        return null;
    if (!(context.releaseFiles ?? []).some((f) => f.packagetype === 'sdist'))
        return null;
    return badRequest('duplicate-sdist', 'Only one sdist may be uploaded per release.');
};
const MAXIMUM_AGE_DAYS = 14;
/** A release takes new files for 14 days after it was created. */
const closedReleaseRule = (_dist, context) => {
    if (context.releaseCreatedAt === undefined)
        return null;
    const age = (context.now ?? Date.now()) - context.releaseCreatedAt;
    if (age <= MAXIMUM_AGE_DAYS * 24 * 60 * 60 * 1000)
        return null;
    return badRequest('closed-release', `Uploading new files to releases older than ${MAXIMUM_AGE_DAYS} days is not allowed.`);
};

;// CONCATENATED MODULE: ./packages/dists/upload-form.ts
/** The legacy upload form (`POST /legacy/`) as twine builds it, and back again for an index receiving it. */


/** twine's `_safe_name`: runs of characters other than ASCII letters, digits and `.` become `-`. */
function twineSafeName(name) {
    return name.replace(/[^A-Za-z0-9.]+/g, '-');
}
/**
 * The form fields twine 6 sends for a file (everything but `content`): `:action`, `protocol_version`, the
 * metadata in lower_snake_case (lists repeated, `project_urls` as `Label, URL`, keywords joined with `, `),
 * then `pyversion`, `filetype`, digests. License-File is dropped below Metadata-Version 2.4, as twine does.
 */
function uploadFormFields(metadata, file) {
    const out = [
        [':action', 'file_upload'],
        ['protocol_version', '1'],
    ];
    const singles = metadata;
    for (const spec of FIELD_SPECS) {
        if (spec.key === 'projectUrls') {
            for (const { label, url } of metadata.projectUrls)
                out.push([spec.form, `${label}, ${url}`]);
        }
        else if (spec.key === 'keywords') {
            if (metadata.keywords)
                out.push([spec.form, metadata.keywords.join(', ')]);
        }
        else if (spec.key === 'licenseFiles') {
            if (metadataVersionAtLeast(metadata.metadataVersion, 2, 4)) {
                for (const value of metadata.licenseFiles)
                    out.push([spec.form, value]);
            }
        }
        else if (spec.multiple) {
            for (const value of metadata[spec.key])
                out.push([spec.form, value]);
        }
        else {
            const value = singles[spec.key];
            if (value === undefined)
                continue;
            out.push([spec.form, spec.key === 'name' ? twineSafeName(value) : value]);
        }
    }
    if (file) {
        out.push(['pyversion', file.pyversion], ['filetype', file.filetype]);
        if (file.comment !== undefined)
            out.push(['comment', file.comment]);
        if (file.hashes?.sha256)
            out.push(['sha256_digest', file.hashes.sha256]);
        if (file.hashes?.md5)
            out.push(['md5_digest', file.hashes.md5]);
        if (file.hashes?.blake2_256)
            out.push(['blake2_256_digest', file.hashes.blake2_256]);
    }
    return out;
}
/** Read core metadata back out of upload form fields, as warehouse's `parse_form_metadata` does (empty values skipped). */
function metadataFromUploadForm(form) {
    const fields = [];
    let description = null;
    for (const [name, value] of form) {
        const spec = fieldSpecOfForm(name);
        if (!spec || value === '')
            continue;
        if (spec.key === 'description')
            description = value;
        else
            fields.push({ name: spec.header, value });
    }
    return buildMetadata(fields, description);
}
/** True when a Metadata-Version string is at least major.minor. */
function metadataVersionAtLeast(version, major, minor) {
    const match = /^(\d+)\.(\d+)$/.exec(version ?? '');
    if (!match)
        return false;
    const [maj, min] = [Number(match[1]), Number(match[2])];
    return maj > major || (maj === major && min >= minor);
}

;// CONCATENATED MODULE: ./packages/dists/rules/sdist-rules.ts
/** PyPI's sdist filename checks: parseable, the project's name, and exactly the PEP 625 form. */








function parsedSdist(dist) {
    try {
        return parseSdistFilename(dist.filename);
    }
    catch {
        return null;
    }
}
const isSdist = (dist) => filetypeFor(dist) === 'sdist';
/** The sdist filename must parse as packaging's parse_sdist_filename does. */
const sdistFilenameRule = (dist) => {
    if (!isSdist(dist) || parsedSdist(dist))
        return null;
    return badRequest('invalid-sdist-filename', `Invalid source distribution filename: ${dist.filename}`);
};
/**
 * warehouse retries a post-release whose version was written with a hyphen (`name-1.0-1.tar.gz`), taking the
 * name before the second-to-last hyphen. It assigns that name before it checks the version between, so the
 * name stands even when that version is invalid (`some_thing-1.o-9.tar.gz` is then refused by PEP 625).
 */
function nameFromSdistFilename(dist, parsed, metaName) {
    const version = dist.metadata?.version;
    const dashes = dist.filename.split('-').length - 1;
    if (version && isPostrelease(version) && parsed.name !== normalizeProjectName(metaName) && dashes >= 2) {
        const withoutLast = dist.filename.slice(0, dist.filename.lastIndexOf('-'));
        return withoutLast.slice(0, withoutLast.lastIndexOf('-'));
    }
    return parsed.nameInFilename;
}
/** The sdist must start with the project's name. */
const sdistProjectRule = (dist) => {
    const parsed = isSdist(dist) ? parsedSdist(dist) : null;
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const normalized = normalizeProjectName(metaName);
    if (normalizeProjectName(nameFromSdistFilename(dist, parsed, metaName)) === normalized)
        return null;
    return badRequest('filename-project-mismatch', `Start filename for ${pyRepr(metaName)} with ${pyRepr(normalized.replace(/-/g, '_'))}.`);
};
/** PEP 625: exactly `{normalized_name}-{normalized_version}.tar.gz` (so legacy .zip sdists are refused here). */
const sdistNormalizedRule = (dist) => {
    const metaName = dist.metadata?.name;
    const version = (0,format/* normalizeVersion */.Qj)(dist.metadata?.version ?? '');
    if (!isSdist(dist) || !parsedSdist(dist) || !metaName || version === null)
        return null;
    const expected = `${normalizeProjectName(metaName).replace(/-/g, '_')}-${version}.tar.gz`;
    if (dist.filename === expected)
        return null;
    return badRequest('filename-not-normalized', `Filename ${pyRepr(dist.filename)} is invalid, should be ${pyRepr(expected)}.`);
};
/** Each License-File (metadata 2.4+, the only ones twine sends) must be in the sdist. */
const sdistLicenseFilesRule = (dist) => {
    const meta = dist.metadata;
    if (!isSdist(dist) || !dist.archive || !meta || !metadataVersionAtLeast(meta.metadataVersion, 2, 4))
        return null;
    const { members } = dist.archive;
    const top = commonPath(members) ?? '';
    for (const licenseFile of meta.licenseFiles) {
        const target = top === '' ? licenseFile : `${top}/${licenseFile}`;
        if (!members.includes(target)) {
            return badRequest('missing-license-file', `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`);
        }
    }
    return null;
};

;// CONCATENATED MODULE: ./packages/dists/entry-points.ts
/** A wheel's `entry_points.txt` as warehouse checks it: strict INI (Python's configparser, `=` only), script names without paths. */

// An entry point name (packaging's data model, `[\w.-]+` with Python's \w: letters, numbers, underscore).
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
const SCRIPT_SECTIONS = new Set(['console_scripts', 'gui_scripts']);
// One significant line: a section header or an option. False when configparser raises.
function readLine(state, clean) {
    const header = /^\[(.+)\]/.exec(clean);
    if (header) {
        const name = header[1] ?? '';
        // strict: a section read twice raises, except DEFAULT, whose options merge.
        if (name !== 'DEFAULT' && state.sections.has(name))
            return false;
        if (!state.sections.has(name))
            state.sections.set(name, []);
        state.current = state.sections.get(name) ?? null;
        state.inValue = false;
        return true;
    }
    if (state.current === null)
        return false;
    const eq = clean.indexOf('=');
    const option = eq < 0 ? '' : pyStrip(clean.slice(0, eq));
    if (option === '' || state.current.includes(option))
        return false;
    state.current.push(option);
    state.inValue = true;
    return true;
}
// configparser's `read_string` (strict, `=` only, comments `#` and `;` on their own line): sections and options.
function parseIni(text) {
    const state = { sections: new Map([['DEFAULT', []]]), current: null, inValue: false, indent: 0 };
    // StringIO yields lines at '\n' only; a '\r' before it is stripped as whitespace.
    for (const line of text.split('\n')) {
        const stripped = pyStrip(line);
        if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';'))
            continue;
        // configparser's indentation: the offset of the first character Python's \S matches.
        const indent = pyLeadingSpace(line);
        if (state.current !== null && state.inValue && indent > state.indent)
            continue;
        state.indent = indent;
        if (!readLine(state, stripped))
            return null;
    }
    return state.sections;
}
/** True when warehouse would refuse the wheel for this entry_points.txt (not UTF-8, not strict INI, a script name with a path). */
function entryPointsInvalid(bytes) {
    let text;
    try {
        // Python's bytes.decode() keeps a byte order mark, and configparser then finds no section header.
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return true;
    }
    const sections = parseIni(text);
    if (sections === null)
        return true;
    const defaults = sections.get('DEFAULT') ?? [];
    return [...SCRIPT_SECTIONS].some((name) => {
        const options = sections.get(name);
        return options !== undefined && [...defaults, ...options].some((option) => !SCRIPT_NAME.test(option));
    });
}

;// CONCATENATED MODULE: ./packages/dists/platform-tags.ts
/** Which wheel platform tags PyPI accepts (warehouse `_valid_platform_tag`, as of 2026). */
const STATIC = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOSX = /^macosx_(\d+)_(\d+)_(.*)$/s;
const MACOSX_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2',
]);
// macOS 11 and later only ever use minor 0 in tags; 10.x uses any minor.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/s;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
// No end anchor: warehouse uses re.match, so text after the SDK name is tolerated.
const IOS = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)/s;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID = /^android_(\d+)_(.*)$/s;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
// Prefix match, as warehouse's re.match.
const PYEMSCRIPTEN = /^pyemscripten_\d+_\d+_wasm32/;
/** True when PyPI accepts a wheel with this platform tag: any, win*, manylinux*, musllinux_x_y, macosx, ios, android, pyemscripten; never plain linux_x86_64. */
function isPyPIPlatformTag(platform) {
    if (STATIC.has(platform))
        return true;
    const mac = MACOSX.exec(platform);
    if (mac && mac[1] === '10' && MACOSX_ARCHES.has(mac[3] ?? ''))
        return true;
    if (mac && MACOSX_MAJORS.has(mac[1] ?? '') && mac[2] === '0' && MACOSX_ARCHES.has(mac[3] ?? ''))
        return true;
    const linux = LINUX.exec(platform);
    if (linux)
        return (linux[1] === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES).has(linux[4] ?? '');
    const ios = IOS.exec(platform);
    if (ios && IOS_ARCHES.has(ios[3] ?? ''))
        return true;
    const android = ANDROID.exec(platform);
    if (android !== null && ANDROID_ARCHES.has(android[2] ?? ''))
        return true;
    return PYEMSCRIPTEN.test(platform);
}

;// CONCATENATED MODULE: ./packages/dists/rules/wheel-rules.ts
/** PyPI's wheel checks: a PEP 427 filename, supported platforms, the project's normalized name and version, required members. */









function parsedWheel(dist) {
    if (!dist.filename.endsWith('.whl'))
        return null;
    try {
        return parseWheelFilename(dist.filename);
    }
    catch (error) {
        if (error instanceof errors/* DistError */.b)
            return error;
        throw error;
    }
}
function validWheel(dist) {
    const parsed = parsedWheel(dist);
    return parsed instanceof errors/* DistError */.b ? null : parsed;
}
// warehouse finds the dist-info directory from the raw filename: `name, version, _ = filename.split("-", 2)`.
function distInfoDir(filename) {
    const [name, version] = filename.split('-');
    return `${name}-${version}.dist-info`;
}
/** The filename must be a valid PEP 427 wheel name (packaging's message). */
const wheelFilenameRule = (dist) => {
    const parsed = parsedWheel(dist);
    return parsed instanceof errors/* DistError */.b ? badRequest('invalid-wheel-filename', parsed.message) : null;
};
/** Every platform tag must be on PyPI's allow-list (no plain `linux_x86_64`). */
const platformTagRule = (dist) => {
    const bad = validWheel(dist)?.tags.find((tag) => !isPyPIPlatformTag(tag.platform));
    if (!bad)
        return null;
    return badRequest('unsupported-platform-tag', `Binary wheel '${dist.filename}' has an unsupported platform tag '${bad.platform}'.`);
};
/** The wheel's name must be the project's (compared normalized). */
const wheelProjectRule = (dist) => {
    const parsed = validWheel(dist);
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const canonical = normalizeProjectName(metaName);
    if (parsed.name === canonical)
        return null;
    return badRequest('filename-project-mismatch', `Start filename for ${pyRepr(metaName)} with ${pyRepr(canonical.replace(/-/g, '_'))}.`);
};
/** The name part must be written normalized (`foo_bar`, not `Foo.Bar`). */
const wheelNormalizedNameRule = (dist) => {
    const parsed = validWheel(dist);
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const expected = normalizeProjectName(metaName).replace(/-/g, '_');
    const written = dist.filename.split('-')[0] ?? '';
    if (written === expected)
        return null;
    return badRequest('filename-not-normalized', `Filename ${pyRepr(dist.filename)} should contain the normalized project name ${pyRepr(expected)}, not ${pyRepr(written)}.`);
};
/** The version in the filename must equal the metadata's as PEP 440 versions (`1` equals `1.0.0`). */
const wheelVersionRule = (dist) => {
    const parsed = validWheel(dist);
    const version = (0,format/* normalizeVersion */.Qj)(dist.metadata?.version ?? '');
    if (!parsed || version === null || (0,compare/* compareVersions */.Z)(version, parsed.version) === 0)
        return null;
    return badRequest('filename-version-mismatch', `Version in filename should be ${pyRepr(version)} not ${pyRepr(parsed.version)}.`);
};
/** Each License-File (metadata 2.4+) must be under `.dist-info/licenses/`. */
const wheelLicenseFilesRule = (dist) => {
    const meta = dist.metadata;
    if (!validWheel(dist) || !dist.archive || !meta || !metadataVersionAtLeast(meta.metadataVersion, 2, 4))
        return null;
    const dir = distInfoDir(dist.filename);
    for (const licenseFile of meta.licenseFiles) {
        const target = `${dir}/licenses/${licenseFile}`;
        if (!dist.archive.members.includes(target)) {
            return badRequest('missing-license-file', `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`);
        }
    }
    return null;
};
/** The wheel must hold `.dist-info/RECORD`, readable as UTF-8 (warehouse says "missing" for both). */
const wheelRecordRule = (dist) => {
    if (!validWheel(dist) || !dist.archive)
        return null;
    const target = `${distInfoDir(dist.filename)}/RECORD`;
    if (dist.archive.members.includes(target) && !dist.archive.recordUndecodable)
        return null;
    return badRequest('missing-record', `Wheel '${dist.filename}' does not contain the required RECORD file: ${target}`);
};
/** The wheel must hold `.dist-info/METADATA`. */
const wheelMetadataRule = (dist) => {
    if (!validWheel(dist) || !dist.archive)
        return null;
    const target = `${distInfoDir(dist.filename)}/METADATA`;
    if (dist.archive.members.includes(target))
        return null;
    return badRequest('missing-metadata', `Wheel '${dist.filename}' does not contain the required METADATA file: ${target}`);
};
/** `entry_points.txt`, when present, must be strict INI with script names that are not paths. */
const wheelEntryPointsRule = (dist) => {
    const entryPoints = dist.archive?.entryPoints;
    if (!validWheel(dist) || !entryPoints || !entryPointsInvalid(entryPoints))
        return null;
    return badRequest('invalid-entry-points', `Wheel '${dist.filename}' has invalid entry points defined in the entry_points.txt file`);
};
// warehouse writes `<tmpdir>/<filename>.metadata`; a name past 255 bytes with that suffix fails to be written.
const NAME_MAX = 255;
/** The wheel's name plus `.metadata` must fit in a file name (PyPI answers "Filename is too long"). */
const wheelFilenameLengthRule = (dist) => {
    if (!validWheel(dist) || Buffer.byteLength(`${dist.filename}.metadata`) <= NAME_MAX)
        return null;
    return badRequest('filename-too-long', `Filename is too long: '${dist.filename}'`);
};

;// CONCATENATED MODULE: ./packages/dists/rules/check-distribution.ts
/** All of PyPI's upload rules, in the order warehouse applies them. */





/**
 * The file's rules in warehouse's order: PyPI answers with the first that fails. The form and metadata come
 * before these (`checkUpload`); here the metadata is taken as already validated.
 */
const PYPI_RULES = [
    filenameCharactersRule,
    extensionRule,
    contentTypeRule,
    fileSizeRule,
    projectSizeRule,
    digestRule,
    duplicateFileRule,
    filenameReuseRule,
    closedReleaseRule,
    oneSdistRule,
    distFileRule,
    sdistFilenameRule,
    sdistProjectRule,
    sdistNormalizedRule,
    sdistLicenseFilesRule,
    wheelFilenameRule,
    platformTagRule,
    wheelProjectRule,
    wheelNormalizedNameRule,
    wheelVersionRule,
    wheelLicenseFilesRule,
    wheelRecordRule,
    wheelEntryPointsRule,
    wheelMetadataRule,
    wheelFilenameLengthRule,
];
/**
 * Every problem PyPI's file rules find with one upload, in warehouse's order: `problems[0]` is what PyPI would
 * answer (status and message). Empty means PyPI would take the file. Pure: no I/O.
 */
function checkDistribution(dist, context = {}) {
    const problems = [];
    for (const rule of PYPI_RULES) {
        const problem = rule(dist, context);
        if (problem)
            problems.push(problem);
    }
    return problems;
}

;// CONCATENATED MODULE: ./packages/dists/rules/description-rules.ts

const HELP = 'See https://pypi.org/help/#description-content-type for more information.';
/** True when PyPI renders this description as reStructuredText (the default when no content type is given). */
function needsRstRender(metadata) {
    if (!metadata.description)
        return false;
    const type = (metadata.descriptionContentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    return type === '' || type === 'text/x-rst';
}
/** PyPI's refusal of a description that did not render (`rendered` false), else null. */
function descriptionProblem(metadata, rendered) {
    if (rendered !== false || !needsRstRender(metadata))
        return null;
    const message = metadata.descriptionContentType
        ? `The description failed to render for '${metadata.descriptionContentType}'.`
        : 'The description failed to render in the default format of reStructuredText.';
    return badRequest('invalid-description', `${message} ${HELP}`);
}

;// CONCATENATED MODULE: ./packages/dists/data/spdx-licenses.ts
// Generated by scripts/data/warehouse-data.mjs — do not edit.
/** SPDX license and exception identifiers, for License-Expression (PEP 639). */
const SPDX_SOURCE = 'npm spdx-license-ids 3.0.24 (with deprecated.json) and spdx-exceptions 2.5.0';
const SPDX_LICENSE_IDS = [
    '0BSD',
    '3D-Slicer-1.0',
    'AAL',
    'ADSL',
    'AFL-1.1',
    'AFL-1.2',
    'AFL-2.0',
    'AFL-2.1',
    'AFL-3.0',
    'AGPL-1.0',
    'AGPL-1.0-only',
    'AGPL-1.0-or-later',
    'AGPL-3.0',
    'AGPL-3.0-only',
    'AGPL-3.0-or-later',
    'ALGLIB-Documentation',
    'AMD-newlib',
    'AMDPLPA',
    'AML',
    'AML-glslang',
    'AMPAS',
    'ANTLR-PD',
    'ANTLR-PD-fallback',
    'APAFML',
    'APL-1.0',
    'APSL-1.0',
    'APSL-1.1',
    'APSL-1.2',
    'APSL-2.0',
    'ASWF-Digital-Assets-1.0',
    'ASWF-Digital-Assets-1.1',
    'Abstyles',
    'AdaCore-doc',
    'Adobe-2006',
    'Adobe-Display-PostScript',
    'Adobe-Glyph',
    'Adobe-Utopia',
    'Advanced-Cryptics-Dictionary',
    'Afmparse',
    'Aladdin',
    'Apache-1.0',
    'Apache-1.1',
    'Apache-2.0',
    'App-s2p',
    'Arphic-1999',
    'Artistic-1.0',
    'Artistic-1.0-Perl',
    'Artistic-1.0-cl8',
    'Artistic-2.0',
    'Artistic-dist',
    'Aspell-RU',
    'BOLA-1.1',
    'BSD-1-Clause',
    'BSD-2-Clause',
    'BSD-2-Clause-Darwin',
    'BSD-2-Clause-FreeBSD',
    'BSD-2-Clause-NetBSD',
    'BSD-2-Clause-Patent',
    'BSD-2-Clause-Views',
    'BSD-2-Clause-first-lines',
    'BSD-2-Clause-pkgconf-disclaimer',
    'BSD-2-Clause-pos-unchanged',
    'BSD-3-Clause',
    'BSD-3-Clause-Attribution',
    'BSD-3-Clause-Clear',
    'BSD-3-Clause-HP',
    'BSD-3-Clause-LBNL',
    'BSD-3-Clause-Modification',
    'BSD-3-Clause-No-Military-License',
    'BSD-3-Clause-No-Nuclear-License',
    'BSD-3-Clause-No-Nuclear-License-2014',
    'BSD-3-Clause-No-Nuclear-Warranty',
    'BSD-3-Clause-Open-MPI',
    'BSD-3-Clause-OpenWebUI',
    'BSD-3-Clause-Sun',
    'BSD-3-Clause-Tso',
    'BSD-3-Clause-acpica',
    'BSD-3-Clause-flex',
    'BSD-4-Clause',
    'BSD-4-Clause-Shortened',
    'BSD-4-Clause-UC',
    'BSD-4.3RENO',
    'BSD-4.3TAHOE',
    'BSD-Advertising-Acknowledgement',
    'BSD-Attribution-HPND-disclaimer',
    'BSD-Inferno-Nettverk',
    'BSD-Mark-Modifications',
    'BSD-Protection',
    'BSD-Source-Code',
    'BSD-Source-Code-no-disclaimer',
    'BSD-Source-alt-GPL',
    'BSD-Source-beginning-file',
    'BSD-Systemics',
    'BSD-Systemics-W3Works',
    'BSD-ask-to-endorse',
    'BSL-1.0',
    'BUSL-1.1',
    'Baekmuk',
    'Bahyph',
    'Barr',
    'Beerware',
    'BitTorrent-1.0',
    'BitTorrent-1.1',
    'Bitstream-Charter',
    'Bitstream-Vera',
    'BlueOak-1.0.0',
    'Boehm-GC',
    'Boehm-GC-without-fee',
    'Borceux',
    'Brian-Gladman-2-Clause',
    'Brian-Gladman-3-Clause',
    'Brian-Gladman-3-Clause-no-conversion',
    'Buddy',
    'Bugroff',
    'C-UDA-1.0',
    'CAL-1.0',
    'CAL-1.0-Combined-Work-Exception',
    'CAPEC-tou',
    'CATOSL-1.1',
    'CC-BY-1.0',
    'CC-BY-2.0',
    'CC-BY-2.5',
    'CC-BY-2.5-AU',
    'CC-BY-3.0',
    'CC-BY-3.0-AT',
    'CC-BY-3.0-AU',
    'CC-BY-3.0-DE',
    'CC-BY-3.0-IGO',
    'CC-BY-3.0-NL',
    'CC-BY-3.0-US',
    'CC-BY-4.0',
    'CC-BY-NC-1.0',
    'CC-BY-NC-2.0',
    'CC-BY-NC-2.5',
    'CC-BY-NC-3.0',
    'CC-BY-NC-3.0-DE',
    'CC-BY-NC-3.0-IGO',
    'CC-BY-NC-4.0',
    'CC-BY-NC-ND-1.0',
    'CC-BY-NC-ND-2.0',
    'CC-BY-NC-ND-2.5',
    'CC-BY-NC-ND-3.0',
    'CC-BY-NC-ND-3.0-DE',
    'CC-BY-NC-ND-3.0-IGO',
    'CC-BY-NC-ND-4.0',
    'CC-BY-NC-SA-1.0',
    'CC-BY-NC-SA-2.0',
    'CC-BY-NC-SA-2.0-DE',
    'CC-BY-NC-SA-2.0-FR',
    'CC-BY-NC-SA-2.0-UK',
    'CC-BY-NC-SA-2.5',
    'CC-BY-NC-SA-3.0',
    'CC-BY-NC-SA-3.0-DE',
    'CC-BY-NC-SA-3.0-IGO',
    'CC-BY-NC-SA-4.0',
    'CC-BY-ND-1.0',
    'CC-BY-ND-2.0',
    'CC-BY-ND-2.5',
    'CC-BY-ND-3.0',
    'CC-BY-ND-3.0-DE',
    'CC-BY-ND-4.0',
    'CC-BY-SA-1.0',
    'CC-BY-SA-2.0',
    'CC-BY-SA-2.0-UK',
    'CC-BY-SA-2.1-JP',
    'CC-BY-SA-2.5',
    'CC-BY-SA-3.0',
    'CC-BY-SA-3.0-AT',
    'CC-BY-SA-3.0-DE',
    'CC-BY-SA-3.0-IGO',
    'CC-BY-SA-4.0',
    'CC-PDDC',
    'CC-PDM-1.0',
    'CC-SA-1.0',
    'CC0-1.0',
    'CDDL-1.0',
    'CDDL-1.1',
    'CDL-1.0',
    'CDLA-Permissive-1.0',
    'CDLA-Permissive-2.0',
    'CDLA-Sharing-1.0',
    'CECILL-1.0',
    'CECILL-1.1',
    'CECILL-2.0',
    'CECILL-2.1',
    'CECILL-B',
    'CECILL-C',
    'CERN-OHL-1.1',
    'CERN-OHL-1.2',
    'CERN-OHL-P-2.0',
    'CERN-OHL-S-2.0',
    'CERN-OHL-W-2.0',
    'CFITSIO',
    'CMU-Mach',
    'CMU-Mach-nodoc',
    'CNRI-Jython',
    'CNRI-Python',
    'CNRI-Python-GPL-Compatible',
    'COIL-1.0',
    'CPAL-1.0',
    'CPL-1.0',
    'CPOL-1.02',
    'CUA-OPL-1.0',
    'Caldera',
    'Caldera-no-preamble',
    'Catharon',
    'ClArtistic',
    'Clips',
    'Community-Spec-1.0',
    'Condor-1.1',
    'Cornell-Lossless-JPEG',
    'Cronyx',
    'Crossword',
    'CryptoSwift',
    'CrystalStacker',
    'Cube',
    'D-FSL-1.0',
    'DEC-3-Clause',
    'DL-DE-BY-2.0',
    'DL-DE-ZERO-2.0',
    'DOC',
    'DRL-1.0',
    'DRL-1.1',
    'DSDP',
    'DocBook-DTD',
    'DocBook-Schema',
    'DocBook-Stylesheet',
    'DocBook-XML',
    'Dotseqn',
    'ECL-1.0',
    'ECL-2.0',
    'EFL-1.0',
    'EFL-2.0',
    'EPICS',
    'EPL-1.0',
    'EPL-2.0',
    'ESA-PL-permissive-2.4',
    'ESA-PL-strong-copyleft-2.4',
    'ESA-PL-weak-copyleft-2.4',
    'EUDatagrid',
    'EUPL-1.0',
    'EUPL-1.1',
    'EUPL-1.2',
    'Elastic-2.0',
    'Entessa',
    'ErlPL-1.1',
    'Eurosym',
    'FBM',
    'FDK-AAC',
    'FDK-MPEG-H',
    'FSFAP',
    'FSFAP-no-warranty-disclaimer',
    'FSFUL',
    'FSFULLR',
    'FSFULLRSD',
    'FSFULLRWD',
    'FSL-1.1-ALv2',
    'FSL-1.1-MIT',
    'FTL',
    'Fair',
    'Ferguson-Twofish',
    'Frameworx-1.0',
    'FreeBSD-DOC',
    'FreeImage',
    'Furuseth',
    'GCR-docs',
    'GD',
    'GFDL-1.1',
    'GFDL-1.1-invariants-only',
    'GFDL-1.1-invariants-or-later',
    'GFDL-1.1-no-invariants-only',
    'GFDL-1.1-no-invariants-or-later',
    'GFDL-1.1-only',
    'GFDL-1.1-or-later',
    'GFDL-1.2',
    'GFDL-1.2-invariants-only',
    'GFDL-1.2-invariants-or-later',
    'GFDL-1.2-no-invariants-only',
    'GFDL-1.2-no-invariants-or-later',
    'GFDL-1.2-only',
    'GFDL-1.2-or-later',
    'GFDL-1.3',
    'GFDL-1.3-invariants-only',
    'GFDL-1.3-invariants-or-later',
    'GFDL-1.3-no-invariants-only',
    'GFDL-1.3-no-invariants-or-later',
    'GFDL-1.3-only',
    'GFDL-1.3-or-later',
    'GL2PS',
    'GLWTPL',
    'GPL-1.0',
    'GPL-1.0-only',
    'GPL-1.0-or-later',
    'GPL-2.0',
    'GPL-2.0-only',
    'GPL-2.0-or-later',
    'GPL-2.0-with-GCC-exception',
    'GPL-2.0-with-autoconf-exception',
    'GPL-2.0-with-bison-exception',
    'GPL-2.0-with-classpath-exception',
    'GPL-2.0-with-font-exception',
    'GPL-3.0',
    'GPL-3.0-only',
    'GPL-3.0-or-later',
    'GPL-3.0-with-GCC-exception',
    'GPL-3.0-with-autoconf-exception',
    'Game-Programming-Gems',
    'Giftware',
    'Glide',
    'Glulxe',
    'Graphics-Gems',
    'Gutmann',
    'HDF5',
    'HIDAPI',
    'HP-1986',
    'HP-1989',
    'HPND',
    'HPND-DEC',
    'HPND-Fenneberg-Livingston',
    'HPND-INRIA-IMAG',
    'HPND-Intel',
    'HPND-Kevlin-Henney',
    'HPND-MIT-disclaimer',
    'HPND-Markus-Kuhn',
    'HPND-Netrek',
    'HPND-Pbmplus',
    'HPND-SMC',
    'HPND-UC',
    'HPND-UC-export-US',
    'HPND-doc',
    'HPND-doc-sell',
    'HPND-export-US',
    'HPND-export-US-acknowledgement',
    'HPND-export-US-modify',
    'HPND-export2-US',
    'HPND-merchantability-variant',
    'HPND-sell-MIT-disclaimer-xserver',
    'HPND-sell-regexpr',
    'HPND-sell-variant',
    'HPND-sell-variant-MIT-disclaimer',
    'HPND-sell-variant-MIT-disclaimer-rev',
    'HPND-sell-variant-critical-systems',
    'HTMLTIDY',
    'HaskellReport',
    'Hippocratic-2.1',
    'Hippocratic-3.0-core',
    'IBM-pibs',
    'ICU',
    'IEC-Code-Components-EULA',
    'IJG',
    'IJG-short',
    'IPA',
    'IPL-1.0',
    'ISC',
    'ISC-Veillard',
    'ISO-permission',
    'ImageMagick',
    'Imlib2',
    'Info-ZIP',
    'Informatica',
    'Inner-Net-2.0',
    'InnoSetup',
    'Intel',
    'Intel-ACPI',
    'Interbase-1.0',
    'JPL-image',
    'JPNIC',
    'JSON',
    'Jam',
    'JasPer-2.0',
    'Kastrup',
    'Kazlib',
    'Knuth-CTAN',
    'LAL-1.2',
    'LAL-1.3',
    'LGPL-2.0',
    'LGPL-2.0-only',
    'LGPL-2.0-or-later',
    'LGPL-2.1',
    'LGPL-2.1-only',
    'LGPL-2.1-or-later',
    'LGPL-3.0',
    'LGPL-3.0-only',
    'LGPL-3.0-or-later',
    'LGPLLR',
    'LOOP',
    'LPD-document',
    'LPL-1.0',
    'LPL-1.02',
    'LPPL-1.0',
    'LPPL-1.1',
    'LPPL-1.2',
    'LPPL-1.3a',
    'LPPL-1.3c',
    'LZMA-SDK-9.11-to-9.20',
    'LZMA-SDK-9.22',
    'Latex2e',
    'Latex2e-translated-notice',
    'Leptonica',
    'LiLiQ-P-1.1',
    'LiLiQ-R-1.1',
    'LiLiQ-Rplus-1.1',
    'Libpng',
    'Linux-OpenIB',
    'Linux-man-pages-1-para',
    'Linux-man-pages-copyleft',
    'Linux-man-pages-copyleft-2-para',
    'Linux-man-pages-copyleft-var',
    'Lucida-Bitmap-Fonts',
    'MIPS',
    'MIT',
    'MIT-0',
    'MIT-CMU',
    'MIT-Click',
    'MIT-Festival',
    'MIT-Khronos-old',
    'MIT-Modern-Variant',
    'MIT-STK',
    'MIT-Wu',
    'MIT-advertising',
    'MIT-enna',
    'MIT-feh',
    'MIT-open-group',
    'MIT-testregex',
    'MITNFA',
    'MMIXware',
    'MMPL-1.0.1',
    'MPEG-SSG',
    'MPL-1.0',
    'MPL-1.1',
    'MPL-2.0',
    'MPL-2.0-no-copyleft-exception',
    'MS-LPL',
    'MS-PL',
    'MS-RL',
    'MTLL',
    'MVT-1.1',
    'Mackerras-3-Clause',
    'Mackerras-3-Clause-acknowledgment',
    'MakeIndex',
    'Martin-Birgmeier',
    'McPhee-slideshow',
    'Minpack',
    'MirOS',
    'Motosoto',
    'MulanPSL-1.0',
    'MulanPSL-2.0',
    'Multics',
    'Mup',
    'NAIST-2003',
    'NASA-1.3',
    'NBPL-1.0',
    'NCBI-PD',
    'NCGL-UK-2.0',
    'NCL',
    'NCSA',
    'NGPL',
    'NICTA-1.0',
    'NIST-PD',
    'NIST-PD-TNT',
    'NIST-PD-fallback',
    'NIST-Software',
    'NLOD-1.0',
    'NLOD-2.0',
    'NLPL',
    'NOSL',
    'NPL-1.0',
    'NPL-1.1',
    'NPOSL-3.0',
    'NRL',
    'NTIA-PD',
    'NTP',
    'NTP-0',
    'Naumen',
    'Net-SNMP',
    'NetCDF',
    'Newsletr',
    'Nokia',
    'Noweb',
    'Nunit',
    'O-UDA-1.0',
    'OAR',
    'OCCT-PL',
    'OCLC-2.0',
    'ODC-By-1.0',
    'ODbL-1.0',
    'OFFIS',
    'OFL-1.0',
    'OFL-1.0-RFN',
    'OFL-1.0-no-RFN',
    'OFL-1.1',
    'OFL-1.1-RFN',
    'OFL-1.1-no-RFN',
    'OGC-1.0',
    'OGDL-Taiwan-1.0',
    'OGL-Canada-2.0',
    'OGL-UK-1.0',
    'OGL-UK-2.0',
    'OGL-UK-3.0',
    'OGTSL',
    'OLDAP-1.1',
    'OLDAP-1.2',
    'OLDAP-1.3',
    'OLDAP-1.4',
    'OLDAP-2.0',
    'OLDAP-2.0.1',
    'OLDAP-2.1',
    'OLDAP-2.2',
    'OLDAP-2.2.1',
    'OLDAP-2.2.2',
    'OLDAP-2.3',
    'OLDAP-2.4',
    'OLDAP-2.5',
    'OLDAP-2.6',
    'OLDAP-2.7',
    'OLDAP-2.8',
    'OLFL-1.3',
    'OML',
    'OPL-1.0',
    'OPL-UK-3.0',
    'OPUBL-1.0',
    'OSC-1.0',
    'OSET-PL-2.1',
    'OSL-1.0',
    'OSL-1.1',
    'OSL-2.0',
    'OSL-2.1',
    'OSL-3.0',
    'OSSP',
    'OpenMDW-1.0',
    'OpenPBS-2.3',
    'OpenSSL',
    'OpenSSL-standalone',
    'OpenVision',
    'PADL',
    'PDDL-1.0',
    'PHP-3.0',
    'PHP-3.01',
    'PPL',
    'PSF-2.0',
    'ParaType-Free-Font-1.3',
    'Parity-6.0.0',
    'Parity-7.0.0',
    'Pixar',
    'Plexus',
    'PolyForm-Noncommercial-1.0.0',
    'PolyForm-Small-Business-1.0.0',
    'PostgreSQL',
    'Python-2.0',
    'Python-2.0.1',
    'QPL-1.0',
    'QPL-1.0-INRIA-2004',
    'Qhull',
    'RHeCos-1.1',
    'RPL-1.1',
    'RPL-1.5',
    'RPSL-1.0',
    'RSA-MD',
    'RSCPL',
    'Rdisc',
    'Ruby',
    'Ruby-pty',
    'SAX-PD',
    'SAX-PD-2.0',
    'SCEA',
    'SGI-B-1.0',
    'SGI-B-1.1',
    'SGI-B-2.0',
    'SGI-OpenGL',
    'SGMLUG-PM',
    'SGP4',
    'SHL-0.5',
    'SHL-0.51',
    'SISSL',
    'SISSL-1.2',
    'SL',
    'SMAIL-GPL',
    'SMLNJ',
    'SMPPL',
    'SNIA',
    'SOFA',
    'SPL-1.0',
    'SSH-OpenSSH',
    'SSH-short',
    'SSLeay-standalone',
    'SSPL-1.0',
    'SUL-1.0',
    'SWL',
    'Saxpath',
    'SchemeReport',
    'Sendmail',
    'Sendmail-8.23',
    'Sendmail-Open-Source-1.1',
    'SimPL-2.0',
    'Sleepycat',
    'Soundex',
    'Spencer-86',
    'Spencer-94',
    'Spencer-99',
    'StandardML-NJ',
    'SugarCRM-1.1.3',
    'Sun-PPP',
    'Sun-PPP-2000',
    'SunPro',
    'Symlinks',
    'TAPR-OHL-1.0',
    'TCL',
    'TCP-wrappers',
    'TGPPL-1.0',
    'TMate',
    'TORQUE-1.1',
    'TOSL',
    'TPDL',
    'TPL-1.0',
    'TTWL',
    'TTYP0',
    'TU-Berlin-1.0',
    'TU-Berlin-2.0',
    'TekHVC',
    'TermReadKey',
    'ThirdEye',
    'TrustedQSL',
    'UCAR',
    'UCL-1.0',
    'UMich-Merit',
    'UPL-1.0',
    'URT-RLE',
    'Ubuntu-font-1.0',
    'UnRAR',
    'Unicode-3.0',
    'Unicode-DFS-2015',
    'Unicode-DFS-2016',
    'Unicode-TOU',
    'UnixCrypt',
    'Unlicense',
    'Unlicense-libtelnet',
    'Unlicense-libwhirlpool',
    'VOSTROM',
    'VSL-1.0',
    'Vim',
    'Vixie-Cron',
    'W3C',
    'W3C-19980720',
    'W3C-20150513',
    'WTFNMFPL',
    'WTFPL',
    'Watcom-1.0',
    'Widget-Workshop',
    'WordNet',
    'Wsuipa',
    'X11',
    'X11-distribute-modifications-variant',
    'X11-no-permit-persons',
    'X11-swapped',
    'XFree86-1.1',
    'XSkat',
    'Xdebug-1.03',
    'Xerox',
    'Xfig',
    'Xnet',
    'YPL-1.0',
    'YPL-1.1',
    'ZPL-1.1',
    'ZPL-2.0',
    'ZPL-2.1',
    'Zed',
    'Zeeff',
    'Zend-2.0',
    'Zimbra-1.3',
    'Zimbra-1.4',
    'Zlib',
    'any-OSI',
    'any-OSI-perl-modules',
    'atc-game',
    'bcrypt-Solar-Designer',
    'blessing',
    'bzip2-1.0.5',
    'bzip2-1.0.6',
    'check-cvs',
    'checkmk',
    'copyleft-next-0.3.0',
    'copyleft-next-0.3.1',
    'curl',
    'cve-tou',
    'diffmark',
    'dtoa',
    'dvipdfm',
    'eCos-2.0',
    'eGenix',
    'etalab-2.0',
    'fwlw',
    'gSOAP-1.3b',
    'generic-xts',
    'gnuplot',
    'gtkbook',
    'hdparm',
    'hyphen-bulgarian',
    'iMatix',
    'jove',
    'libpng-1.6.35',
    'libpng-2.0',
    'libselinux-1.0',
    'libtiff',
    'libutil-David-Nugent',
    'lsof',
    'magaz',
    'mailprio',
    'man2html',
    'metamail',
    'mpi-permissive',
    'mpich2',
    'mplus',
    'ngrep',
    'pkgconf',
    'pnmstitch',
    'psfrag',
    'psutils',
    'python-ldap',
    'radvd',
    'snprintf',
    'softSurfer',
    'ssh-keyscan',
    'swrule',
    'threeparttable',
    'ulem',
    'w3m',
    'wwl',
    'wxWindows',
    'xinetd',
    'xkeyboard-config-Zinoviev',
    'xlock',
    'xpp',
    'xzoom',
    'zlib-acknowledgement',
];
const SPDX_EXCEPTION_IDS = [
    '389-exception',
    'Asterisk-exception',
    'Autoconf-exception-2.0',
    'Autoconf-exception-3.0',
    'Autoconf-exception-generic',
    'Autoconf-exception-generic-3.0',
    'Autoconf-exception-macro',
    'Bison-exception-1.24',
    'Bison-exception-2.2',
    'Bootloader-exception',
    'CLISP-exception-2.0',
    'Classpath-exception-2.0',
    'DigiRule-FOSS-exception',
    'FLTK-exception',
    'Fawkes-Runtime-exception',
    'Font-exception-2.0',
    'GCC-exception-2.0',
    'GCC-exception-2.0-note',
    'GCC-exception-3.1',
    'GNAT-exception',
    'GNOME-examples-exception',
    'GNU-compiler-exception',
    'GPL-3.0-interface-exception',
    'GPL-3.0-linking-exception',
    'GPL-3.0-linking-source-exception',
    'GPL-CC-1.0',
    'GStreamer-exception-2005',
    'GStreamer-exception-2008',
    'Gmsh-exception',
    'KiCad-libraries-exception',
    'LGPL-3.0-linking-exception',
    'LLGPL',
    'LLVM-exception',
    'LZMA-exception',
    'Libtool-exception',
    'Linux-syscall-note',
    'OCCT-exception-1.0',
    'OCaml-LGPL-linking-exception',
    'OpenJDK-assembly-exception-1.0',
    'PS-or-PDF-font-exception-20170817',
    'QPL-1.0-INRIA-2004-exception',
    'Qt-GPL-exception-1.0',
    'Qt-LGPL-exception-1.1',
    'Qwt-exception-1.0',
    'SANE-exception',
    'SHL-2.0',
    'SHL-2.1',
    'SWI-exception',
    'Swift-exception',
    'Texinfo-exception',
    'UBDL-exception',
    'Universal-FOSS-exception-1.0',
    'WxWindows-exception-3.1',
    'cryptsetup-OpenSSL-exception',
    'eCos-exception-2.0',
    'fmt-exception',
    'freertos-exception-2.0',
    'gnu-javamail-exception',
    'i2p-gpl-java-exception',
    'libpri-OpenH323-exception',
    'mif-exception',
    'openvpn-openssl-exception',
    'stunnel-exception',
    'u-boot-exception-2.0',
    'vsftpd-openssl-exception',
    'x11vnc-openssl-exception',
];

;// CONCATENATED MODULE: ./packages/dists/license-expression.ts
/** PEP 639 License-Expression: SPDX syntax and identifiers, as packaging's `canonicalize_license_expression` checks them. */

const LICENSES = new Set(SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set(SPDX_EXCEPTION_IDS.map((id) => id.toLowerCase()));
const OPERATORS = new Set(['or', 'and', 'with']);
const LICENSE_REF = /^licenseref-[a-z0-9.-]*$/;
/** True when packaging would accept `value` as a License-Expression (case-insensitive identifiers, AND/OR/WITH, parentheses). */
function isValidLicenseExpression(value) {
    const tokens = value.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').toLowerCase().split(/\s+/).filter(Boolean);
    if (tokens.length === 0 || !wellFormed(tokens))
        return false;
    return tokens.every((token, i) => {
        if (OPERATORS.has(token) || token === '(' || token === ')')
            return true;
        if (tokens[i - 1] === 'with')
            return EXCEPTIONS.has(token);
        const id = token.endsWith('+') ? token.slice(0, -1) : token;
        return id.startsWith('licenseref-') ? LICENSE_REF.test(id) : LICENSES.has(id);
    });
}
// The grammar packaging checks by compiling a Python expression: operands joined by operators, balanced
// parentheses, never two operands or two operators in a row, never `()`.
function wellFormed(tokens) {
    let depth = 0;
    let expectOperand = true;
    for (const token of tokens) {
        if (token === '(') {
            if (!expectOperand)
                return false;
            depth++;
        }
        else if (token === ')') {
            if (expectOperand || depth === 0)
                return false;
            depth--;
        }
        else if (OPERATORS.has(token)) {
            if (expectOperand)
                return false;
            expectOperand = true;
        }
        else {
            if (!expectOperand)
                return false;
            expectOperand = false;
        }
    }
    return depth === 0 && !expectOperand;
}

;// CONCATENATED MODULE: ./packages/dists/pep508.ts
/** PEP 508 dependency specifiers and PEP 440 specifier sets, as packaging parses them (validity, URL, canonical text). */
// packaging's specifier grammar, one alternative per operator family (version parts as PEP 440 allows).
const PRE = String.raw `(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?`;
const POST = String.raw `(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?`;
const DEV = String.raw `(?:[-_.]?dev[-_.]?[0-9]*)?`;
const LOCAL = String.raw `(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?`;
const EPOCH_RELEASE = String.raw `v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*`;
const SPECIFIER_BODY = String.raw `(?:===\s*[^\s;)]*)` +
    String.raw `|(?:(?:==|!=)\s*${EPOCH_RELEASE}(?:\.\*|${PRE}${POST}${DEV}${LOCAL})?)` +
    String.raw `|(?:~=\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)+${PRE}${POST}${DEV})` +
    String.raw `|(?:(?:<=|>=|<|>)\s*${EPOCH_RELEASE}${PRE}${POST}${DEV})`;
const SPECIFIER_EXACT = new RegExp(String.raw `^\s*(?:${SPECIFIER_BODY})\s*$`, 'i');
const SPECIFIER_PREFIX = new RegExp(String.raw `(?:${SPECIFIER_BODY})`, 'iy');
/** True when `value` is a valid PEP 440 specifier set (`>=3.9, <4`), as `packaging.specifiers.SpecifierSet` takes it. */
function isValidSpecifierSet(value) {
    return value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .every((part) => SPECIFIER_EXACT.test(part));
}
/** Thrown for a requirement packaging would refuse; `message` is its first line. */
class RequirementSyntaxError extends Error {
    name = 'RequirementSyntaxError';
}
const IDENTIFIER = /[a-zA-Z0-9](?:[a-zA-Z0-9._-]*[a-zA-Z0-9])?/y;
const VARIABLE = /(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)(?![A-Za-z0-9_])/y;
const OP = /===|==|~=|!=|<=|>=|<|>/y;
const QUOTED = /'[^']*'|"[^"]*"/y;
/** A small cursor over the text: the tokens of packaging's tokenizer, matched where needed. */
class Cursor {
    source;
    pos = 0;
    constructor(source) {
        this.source = source;
    }
    ws() {
        const start = this.pos;
        while (this.source[this.pos] === ' ' || this.source[this.pos] === '\t')
            this.pos++;
        return this.pos > start;
    }
    match(re) {
        re.lastIndex = this.pos;
        const found = re.exec(this.source);
        if (!found)
            return null;
        this.pos += found[0].length;
        return found[0];
    }
    literal(text) {
        if (!this.source.startsWith(text, this.pos))
            return false;
        this.pos += text.length;
        return true;
    }
    word(text) {
        const after = this.source[this.pos + text.length] ?? '';
        if (!this.source.startsWith(text, this.pos) || /[A-Za-z0-9_]/.test(after))
            return false;
        this.pos += text.length;
        return true;
    }
    atEnd() {
        return this.pos >= this.source.length;
    }
    fail(expected) {
        throw new RequirementSyntaxError(`Expected ${expected}`);
    }
}
/** Parse a PEP 508 requirement as packaging does; throws RequirementSyntaxError when packaging would. */
function parseRequirement(source) {
    const cur = new Cursor(source);
    cur.ws();
    const name = cur.match(IDENTIFIER) ?? cur.fail('package name at the start of dependency specifier');
    cur.ws();
    const extras = parseExtras(cur);
    cur.ws();
    let url = null;
    let specifiers = [];
    let marker = null;
    if (cur.literal('@')) {
        cur.ws();
        url = cur.match(/[^ \t]+/y) ?? cur.fail('URL after @');
        if (!cur.atEnd()) {
            if (!cur.ws())
                cur.fail('whitespace after URL');
            if (!cur.atEnd()) {
                if (!cur.literal(';'))
                    cur.fail('semicolon (after URL and whitespace) or end');
                marker = parseMarker(cur);
            }
        }
    }
    else {
        specifiers = parseSpecifiers(cur);
        cur.ws();
        if (cur.literal(';'))
            marker = parseMarker(cur);
        else if (!cur.atEnd())
            cur.fail(specifiers.length
                ? 'comma (within version specifier), semicolon (after version specifier) or end'
                : 'semicolon (after name with no version specifier) or end');
    }
    return { name, url, text: requirementText(name, extras, specifiers, url, marker) };
}
function requirementText(name, extras, specifiers, url, marker) {
    let text = name + (extras.length ? `[${[...extras].sort().join(',')}]` : '');
    text += [...specifiers].sort().join(',');
    if (url !== null)
        text += ` @ ${url}${marker !== null ? ' ' : ''}`;
    return marker !== null ? `${text}; ${marker}` : text;
}
function parseExtras(cur) {
    if (!cur.literal('['))
        return [];
    cur.ws();
    const extras = [];
    const first = cur.match(IDENTIFIER);
    if (first !== null) {
        extras.push(first);
        for (;;) {
            cur.ws();
            if (!cur.literal(','))
                break;
            cur.ws();
            extras.push(cur.match(IDENTIFIER) ?? cur.fail('extra name after comma'));
        }
    }
    cur.ws();
    if (!cur.literal(']'))
        cur.fail(first !== null ? 'comma between extra names' : 'matching right bracket');
    return extras;
}
function parseSpecifiers(cur) {
    const parenthesized = cur.literal('(');
    if (parenthesized)
        cur.ws();
    const specs = [];
    for (;;) {
        const spec = cur.match(SPECIFIER_PREFIX);
        if (spec === null) {
            if (specs.length > 0)
                cur.fail('version specifier after comma');
            break;
        }
        if (cur.source.startsWith('.*', cur.pos))
            cur.fail('end of version specifier (.* suffix is only allowed with == and !=)');
        specs.push(spec.replace(/\s+/g, ''));
        const before = cur.pos;
        cur.ws();
        if (!cur.literal(',')) {
            cur.pos = before;
            break;
        }
        cur.ws();
    }
    if (parenthesized) {
        cur.ws();
        if (!cur.literal(')'))
            cur.fail('matching right parenthesis (after version specifier)');
    }
    return specs;
}
// marker := and ('or' and)*; and := atom ('and' atom)*; atom := '(' marker ')' | var op var.
function parseMarker(cur) {
    cur.ws();
    const text = parseMarkerOr(cur);
    cur.ws();
    if (!cur.atEnd())
        cur.fail('end of dependency specifier');
    return text;
}
function parseMarkerOr(cur) {
    const parts = [parseMarkerAnd(cur)];
    for (;;) {
        const before = cur.pos;
        cur.ws();
        if (!cur.word('or')) {
            cur.pos = before;
            return parts.join(' or ');
        }
        cur.ws();
        parts.push(parseMarkerAnd(cur));
    }
}
function parseMarkerAnd(cur) {
    const parts = [parseMarkerAtom(cur)];
    for (;;) {
        const before = cur.pos;
        cur.ws();
        if (!cur.word('and')) {
            cur.pos = before;
            return parts.join(' and ');
        }
        cur.ws();
        parts.push(parseMarkerAtom(cur));
    }
}
function parseMarkerAtom(cur) {
    if (cur.literal('(')) {
        cur.ws();
        const inner = parseMarkerOr(cur);
        cur.ws();
        if (!cur.literal(')'))
            cur.fail('matching right parenthesis (after marker expression)');
        return `(${inner})`;
    }
    const left = parseMarkerVar(cur);
    cur.ws();
    const op = parseMarkerOp(cur);
    cur.ws();
    const right = parseMarkerVar(cur);
    return `${left} ${op} ${right}`;
}
function parseMarkerVar(cur) {
    const variable = cur.match(VARIABLE);
    if (variable !== null) {
        if (variable === 'python_implementation')
            return 'platform_python_implementation';
        return variable.replace('.', '_');
    }
    const quoted = cur.match(QUOTED);
    if (quoted !== null)
        return `"${quoted.slice(1, -1)}"`;
    return cur.fail('a marker variable or quoted string');
}
function parseMarkerOp(cur) {
    if (cur.word('in'))
        return 'in';
    if (cur.word('not')) {
        if (!cur.ws())
            cur.fail("whitespace after 'not'");
        if (!cur.word('in'))
            cur.fail("'in' after 'not'");
        return 'not in';
    }
    return cur.match(OP) ?? cur.fail('marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}

;// CONCATENATED MODULE: ./packages/dists/rules/raw-metadata.ts
function spec(form, email, kind, added = '1.0') {
    return { form, email, kind, added };
}
/** Every field packaging's Metadata knows, by twine's form name. */
const RAW_FIELDS = [
    spec('metadata_version', 'metadata-version', 'string'),
    spec('name', 'name', 'string'),
    spec('version', 'version', 'string'),
    spec('dynamic', 'dynamic', 'list', '2.2'),
    spec('platform', 'platform', 'list'),
    spec('supported_platform', 'supported-platform', 'list', '1.1'),
    spec('summary', 'summary', 'string'),
    spec('description', 'description', 'string'),
    spec('description_content_type', 'description-content-type', 'string', '2.1'),
    spec('keywords', 'keywords', 'keywords'),
    spec('home_page', 'home-page', 'string'),
    spec('download_url', 'download-url', 'string', '1.1'),
    spec('author', 'author', 'string'),
    spec('author_email', 'author-email', 'string'),
    spec('maintainer', 'maintainer', 'string', '1.2'),
    spec('maintainer_email', 'maintainer-email', 'string', '1.2'),
    spec('license', 'license', 'string'),
    spec('license_expression', 'license-expression', 'string', '2.4'),
    spec('license_file', 'license-file', 'list', '2.4'),
    spec('classifiers', 'classifier', 'list', '1.1'),
    spec('requires_dist', 'requires-dist', 'list', '1.2'),
    spec('requires_python', 'requires-python', 'string', '1.2'),
    spec('requires_external', 'requires-external', 'list', '1.2'),
    spec('project_urls', 'project-url', 'urls', '1.2'),
    spec('provides_extra', 'provides-extra', 'list', '2.1'),
    spec('provides_dist', 'provides-dist', 'list', '1.2'),
    spec('obsoletes_dist', 'obsoletes-dist', 'list', '1.2'),
    spec('import_name', 'import-name', 'list', '2.5'),
    spec('import_namespace', 'import-namespace', 'list', '2.5'),
    spec('requires', 'requires', 'list', '1.1'),
    spec('provides', 'provides', 'list', '1.1'),
    spec('obsoletes', 'obsoletes', 'list', '1.1'),
];
const raw_metadata_BY_FORM = new Map(RAW_FIELDS.map((s) => [s.form, s]));
/** packaging's email names of every field (what `Dynamic` may name). */
const EMAIL_NAMES = new Set(RAW_FIELDS.map((s) => s.email));
/** RawMetadata from form fields as warehouse builds it (a lone empty value counts as absent), or what it cannot parse. */
function rawMetadataFromForm(fields) {
    const raw = { strings: new Map(), lists: new Map() };
    const unparsed = [];
    for (const name of new Set(fields.map(([key]) => key))) {
        const field = raw_metadata_BY_FORM.get(name);
        if (!field)
            continue;
        const values = fields.filter(([key]) => key === name).map(([, value]) => value);
        if (values.length === 1 && values[0] === '')
            continue;
        if (field.kind === 'string' && values.length === 1)
            raw.strings.set(field.email, values[0] ?? '');
        else if (field.kind === 'list')
            raw.lists.set(field.email, values);
        else if (field.kind === 'keywords' && values.length === 1)
            raw.keywords = (values[0] ?? '').split(',').map((k) => k.trim());
        else if (field.kind === 'urls') {
            const urls = projectUrls(values);
            if (urls)
                raw.projectUrls = urls;
            else
                unparsed.push({ form: name });
        }
        else
            unparsed.push({ form: name });
    }
    return unparsed.length > 0 ? { unparsed } : { raw };
}
// packaging's _parse_project_urls: `label, url` split at the first comma; a repeated label is unparsable.
function projectUrls(values) {
    const out = [];
    for (const pair of values) {
        const comma = pair.indexOf(',');
        const label = (comma < 0 ? pair : pair.slice(0, comma)).trim();
        const url = comma < 0 ? '' : pair.slice(comma + 1).trim();
        if (out.some(([seen]) => seen === label))
            return null;
        out.push([label, url]);
    }
    return out;
}
/** The metadata version that introduced a field (by email name). */
function fieldAdded(email) {
    return RAW_FIELDS.find((s) => s.email === email)?.added ?? '1.0';
}

;// CONCATENATED MODULE: ./packages/dists/rules/packaging-metadata.ts
/** packaging's `Metadata.from_raw(validate=True)`: each field's validator, with packaging's messages. */





/** Metadata versions packaging knows, oldest first. */
const packaging_metadata_METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];
const NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])\n?$/i;
const PY_KEYWORDS = new Set('False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '));
const invalidFor = (value, field) => `${pyRepr(value)} is invalid for ${pyRepr(field)}`;
const STRING_CHECKS = {
    name: (v, f) => (v === '' ? `${pyRepr(f)} is a required field` : NAME.test(v) ? null : invalidFor(v, f)),
    version: (v, f) => v === '' ? `${pyRepr(f)} is a required field` : (0,parse/* parseVersion */.ot)(v) ? null : invalidFor(v, f),
    summary: (v, f) => (v.includes('\n') ? `${pyRepr(f)} must be a single line` : null),
    'description-content-type': contentTypeProblem,
    'requires-python': (v, f) => (isValidSpecifierSet(v) ? null : invalidFor(v, f)),
    'license-expression': (v, f) => (isValidLicenseExpression(v) ? null : invalidFor(v, f)),
};
const LIST_CHECKS = {
    dynamic: (values) => {
        for (const value of values.map((v) => v.toLowerCase())) {
            if (['name', 'version', 'metadata-version'].includes(value))
                return `${pyRepr(value)} is not allowed as a dynamic field`;
            if (!EMAIL_NAMES.has(value))
                return `${pyRepr(value)} is not a valid dynamic field`;
        }
        return null;
    },
    'provides-extra': (values, f) => {
        const bad = values.find((v) => !NAME.test(v));
        return bad === undefined ? null : invalidFor(bad, f);
    },
    'requires-dist': (values, f) => {
        for (const value of values) {
            try {
                parseRequirement(value);
            }
            catch {
                return invalidFor(value, f);
            }
        }
        return null;
    },
    'license-file': (values, f) => values.map((v) => licenseFileProblem(v, f)).find((p) => p !== null) ?? null,
    'import-name': importNamesProblem,
    'import-namespace': importNamesProblem,
};
function licenseFileProblem(path, field) {
    const head = `${pyRepr(path)} is invalid for ${pyRepr(field)}`;
    if (path.includes('..'))
        return `${head}, parent directory indicators are not allowed`;
    if (path.includes('*'))
        return `${head}, paths must be resolved`;
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
        return `${head}, paths must be relative`;
    if (path.includes('\\'))
        return `${head}, paths must use '/' delimiter`;
    return null;
}
function importNamesProblem(values, field) {
    for (const value of values) {
        const semicolon = value.indexOf(';');
        const name = (semicolon < 0 ? value : value.slice(0, semicolon)).trimEnd();
        for (const identifier of name.split('.')) {
            if (!/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(identifier))
                return `${pyRepr(name)} is invalid for ${pyRepr(field)}; ${pyRepr(identifier)} is not a valid identifier`;
            if (PY_KEYWORDS.has(identifier))
                return `${pyRepr(name)} is invalid for ${pyRepr(field)}; ${pyRepr(identifier)} is a keyword`;
        }
        if (semicolon >= 0 && value.slice(semicolon + 1).trimStart() !== 'private')
            return `${pyRepr(value)} is invalid for ${pyRepr(field)}; the only valid option is 'private'`;
    }
    return null;
}
// packaging reads the value as a Content-Type header; Python prints a set, whose order we fix as written.
function contentTypeProblem(value, field) {
    const [type = '', ...params] = value.split(';');
    const contentType = /^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+\s*$/.test(type)
        ? type.trim().toLowerCase()
        : 'text/plain';
    const known = ['text/plain', 'text/x-rst', 'text/markdown'];
    if (!known.includes(contentType) || !value.toLowerCase().includes(contentType))
        return `${pyRepr(field)} must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not ${pyRepr(value)}`;
    const parameters = new Map(params.map((p) => {
        const eq = p.indexOf('=');
        return [
            p.slice(0, eq).trim().toLowerCase(),
            p
                .slice(eq + 1)
                .trim()
                .replace(/^"(.*)"$/, '$1'),
        ];
    }));
    const charset = parameters.get('charset') ?? 'UTF-8';
    if (charset !== 'UTF-8')
        return `${pyRepr(field)} can only specify the UTF-8 charset, not ${pyRepr(charset)}`;
    const variant = parameters.get('variant') ?? 'GFM';
    if (contentType === 'text/markdown' && variant !== 'GFM' && variant !== 'CommonMark')
        return `valid Markdown variants for ${pyRepr(field)} are ['GFM', 'CommonMark'], not ${pyRepr(variant)}`;
    return null;
}
/** Every error packaging's validation finds in `raw` (metadata-version first, then each present or required field). */
function packagingMetadataErrors(raw) {
    const errors = [];
    const metadataVersion = raw.strings.get('metadata-version');
    const age = packaging_metadata_METADATA_VERSIONS.indexOf(metadataVersion ?? '');
    if (age < 0)
        errors.push({
            field: 'metadata-version',
            message: `${pyRepr(metadataVersion)} is not a valid metadata version`,
        });
    const present = [
        ...raw.strings.keys(),
        ...raw.lists.keys(),
        ...(raw.keywords ? ['keywords'] : []),
        ...(raw.projectUrls ? ['project-url'] : []),
    ];
    for (const field of new Set([...present, 'name', 'version'])) {
        if (field === 'metadata-version')
            continue;
        const added = fieldAdded(field);
        if (age >= 0 && packaging_metadata_METADATA_VERSIONS.indexOf(added) > age) {
            errors.push({
                field,
                message: `${field} introduced in metadata version ${added}, not ${metadataVersion}`,
            });
            continue;
        }
        const value = raw.strings.get(field);
        const values = raw.lists.get(field);
        const message = value !== undefined || field === 'name' || field === 'version'
            ? (STRING_CHECKS[field]?.(value ?? '', field) ?? null)
            : values !== undefined
                ? (LIST_CHECKS[field]?.(values, field) ?? null)
                : null;
        if (message !== null)
            errors.push({ field, message });
    }
    return errors;
}

;// CONCATENATED MODULE: ./packages/dists/data/trove-classifiers.ts
// Generated by scripts/data/warehouse-data.mjs — do not edit.
/** The trove classifiers PyPI accepts, and the deprecated ones with their replacements. */
const TROVE_SOURCE = 'Debian python3-trove-classifiers 2026.9.21.13-1 (unstable)';
const TROVE_CLASSIFIERS = [
    'Development Status :: 1 - Planning',
    'Development Status :: 2 - Pre-Alpha',
    'Development Status :: 3 - Alpha',
    'Development Status :: 4 - Beta',
    'Development Status :: 5 - Production/Stable',
    'Development Status :: 6 - Mature',
    'Development Status :: 7 - Inactive',
    'Environment :: Console',
    'Environment :: Console :: Curses',
    'Environment :: Console :: Framebuffer',
    'Environment :: Console :: Newt',
    'Environment :: Console :: svgalib',
    'Environment :: Cygwin (MS Windows)',
    'Environment :: GPU',
    'Environment :: GPU :: NVIDIA CUDA',
    'Environment :: GPU :: NVIDIA CUDA :: 1.0',
    'Environment :: GPU :: NVIDIA CUDA :: 1.1',
    'Environment :: GPU :: NVIDIA CUDA :: 10.0',
    'Environment :: GPU :: NVIDIA CUDA :: 10.1',
    'Environment :: GPU :: NVIDIA CUDA :: 10.2',
    'Environment :: GPU :: NVIDIA CUDA :: 11',
    'Environment :: GPU :: NVIDIA CUDA :: 11.0',
    'Environment :: GPU :: NVIDIA CUDA :: 11.1',
    'Environment :: GPU :: NVIDIA CUDA :: 11.2',
    'Environment :: GPU :: NVIDIA CUDA :: 11.3',
    'Environment :: GPU :: NVIDIA CUDA :: 11.4',
    'Environment :: GPU :: NVIDIA CUDA :: 11.5',
    'Environment :: GPU :: NVIDIA CUDA :: 11.6',
    'Environment :: GPU :: NVIDIA CUDA :: 11.7',
    'Environment :: GPU :: NVIDIA CUDA :: 11.8',
    'Environment :: GPU :: NVIDIA CUDA :: 12',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.0',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.1',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.2',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.3',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.4',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.5',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.6',
    'Environment :: GPU :: NVIDIA CUDA :: 13',
    'Environment :: GPU :: NVIDIA CUDA :: 2.0',
    'Environment :: GPU :: NVIDIA CUDA :: 2.1',
    'Environment :: GPU :: NVIDIA CUDA :: 2.2',
    'Environment :: GPU :: NVIDIA CUDA :: 2.3',
    'Environment :: GPU :: NVIDIA CUDA :: 3.0',
    'Environment :: GPU :: NVIDIA CUDA :: 3.1',
    'Environment :: GPU :: NVIDIA CUDA :: 3.2',
    'Environment :: GPU :: NVIDIA CUDA :: 4.0',
    'Environment :: GPU :: NVIDIA CUDA :: 4.1',
    'Environment :: GPU :: NVIDIA CUDA :: 4.2',
    'Environment :: GPU :: NVIDIA CUDA :: 5.0',
    'Environment :: GPU :: NVIDIA CUDA :: 5.5',
    'Environment :: GPU :: NVIDIA CUDA :: 6.0',
    'Environment :: GPU :: NVIDIA CUDA :: 6.5',
    'Environment :: GPU :: NVIDIA CUDA :: 7.0',
    'Environment :: GPU :: NVIDIA CUDA :: 7.5',
    'Environment :: GPU :: NVIDIA CUDA :: 8.0',
    'Environment :: GPU :: NVIDIA CUDA :: 9.0',
    'Environment :: GPU :: NVIDIA CUDA :: 9.1',
    'Environment :: GPU :: NVIDIA CUDA :: 9.2',
    "Environment :: Handhelds/PDA's",
    'Environment :: MacOS X',
    'Environment :: MacOS X :: Aqua',
    'Environment :: MacOS X :: Carbon',
    'Environment :: MacOS X :: Cocoa',
    'Environment :: No Input/Output (Daemon)',
    'Environment :: OpenStack',
    'Environment :: Other Environment',
    'Environment :: Plugins',
    'Environment :: Web Environment',
    'Environment :: Web Environment :: Buffet',
    'Environment :: Web Environment :: Mozilla',
    'Environment :: Web Environment :: ToscaWidgets',
    'Environment :: WebAssembly',
    'Environment :: WebAssembly :: Emscripten',
    'Environment :: WebAssembly :: WASI',
    'Environment :: Win32 (MS Windows)',
    'Environment :: X11 Applications',
    'Environment :: X11 Applications :: GTK',
    'Environment :: X11 Applications :: Gnome',
    'Environment :: X11 Applications :: KDE',
    'Environment :: X11 Applications :: Qt',
    'Framework :: AWS CDK',
    'Framework :: AWS CDK :: 1',
    'Framework :: AWS CDK :: 2',
    'Framework :: AiiDA',
    'Framework :: Ansible',
    'Framework :: AnyIO',
    'Framework :: Apache Airflow',
    'Framework :: Apache Airflow :: Provider',
    'Framework :: AsyncIO',
    'Framework :: BEAT',
    'Framework :: BFG',
    'Framework :: Bob',
    'Framework :: Bottle',
    'Framework :: Buildout',
    'Framework :: Buildout :: Extension',
    'Framework :: Buildout :: Recipe',
    'Framework :: CastleCMS',
    'Framework :: CastleCMS :: Theme',
    'Framework :: Celery',
    'Framework :: Chandler',
    'Framework :: CherryPy',
    'Framework :: CubicWeb',
    'Framework :: Dash',
    'Framework :: Datasette',
    'Framework :: Django',
    'Framework :: Django :: 1',
    'Framework :: Django :: 1.10',
    'Framework :: Django :: 1.11',
    'Framework :: Django :: 1.4',
    'Framework :: Django :: 1.5',
    'Framework :: Django :: 1.6',
    'Framework :: Django :: 1.7',
    'Framework :: Django :: 1.8',
    'Framework :: Django :: 1.9',
    'Framework :: Django :: 2',
    'Framework :: Django :: 2.0',
    'Framework :: Django :: 2.1',
    'Framework :: Django :: 2.2',
    'Framework :: Django :: 3',
    'Framework :: Django :: 3.0',
    'Framework :: Django :: 3.1',
    'Framework :: Django :: 3.2',
    'Framework :: Django :: 4',
    'Framework :: Django :: 4.0',
    'Framework :: Django :: 4.1',
    'Framework :: Django :: 4.2',
    'Framework :: Django :: 5',
    'Framework :: Django :: 5.0',
    'Framework :: Django :: 5.1',
    'Framework :: Django :: 5.2',
    'Framework :: Django :: 6',
    'Framework :: Django :: 6.0',
    'Framework :: Django :: 6.1',
    'Framework :: Django CMS',
    'Framework :: Django CMS :: 3.10',
    'Framework :: Django CMS :: 3.11',
    'Framework :: Django CMS :: 3.4',
    'Framework :: Django CMS :: 3.5',
    'Framework :: Django CMS :: 3.6',
    'Framework :: Django CMS :: 3.7',
    'Framework :: Django CMS :: 3.8',
    'Framework :: Django CMS :: 3.9',
    'Framework :: Django CMS :: 4.0',
    'Framework :: Django CMS :: 4.1',
    'Framework :: Django CMS :: 4.2',
    'Framework :: Django CMS :: 5.0',
    'Framework :: Django CMS :: 5.1',
    'Framework :: FastAPI',
    'Framework :: Flake8',
    'Framework :: Flask',
    'Framework :: Hatch',
    'Framework :: Hypothesis',
    'Framework :: IDLE',
    'Framework :: IPython',
    'Framework :: InvenTree',
    'Framework :: Jupyter',
    'Framework :: Jupyter :: JupyterLab',
    'Framework :: Jupyter :: JupyterLab :: 1',
    'Framework :: Jupyter :: JupyterLab :: 2',
    'Framework :: Jupyter :: JupyterLab :: 3',
    'Framework :: Jupyter :: JupyterLab :: 4',
    'Framework :: Jupyter :: JupyterLab :: Extensions',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Mime Renderers',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Prebuilt',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Themes',
    'Framework :: Kedro',
    'Framework :: Lektor',
    'Framework :: Litestar',
    'Framework :: Litestar :: 1',
    'Framework :: Litestar :: 2',
    'Framework :: Litestar :: 3',
    'Framework :: Masonite',
    'Framework :: Matplotlib',
    'Framework :: MkDocs',
    'Framework :: Nengo',
    'Framework :: Odoo',
    'Framework :: Odoo :: 10.0',
    'Framework :: Odoo :: 11.0',
    'Framework :: Odoo :: 12.0',
    'Framework :: Odoo :: 13.0',
    'Framework :: Odoo :: 14.0',
    'Framework :: Odoo :: 15.0',
    'Framework :: Odoo :: 16.0',
    'Framework :: Odoo :: 17.0',
    'Framework :: Odoo :: 18.0',
    'Framework :: Odoo :: 19.0',
    'Framework :: Odoo :: 20.0',
    'Framework :: Odoo :: 8.0',
    'Framework :: Odoo :: 9.0',
    'Framework :: OpenTelemetry',
    'Framework :: OpenTelemetry :: Distros',
    'Framework :: OpenTelemetry :: Exporters',
    'Framework :: OpenTelemetry :: Instrumentations',
    'Framework :: Opps',
    'Framework :: Paste',
    'Framework :: Pelican',
    'Framework :: Pelican :: Plugins',
    'Framework :: Pelican :: Themes',
    'Framework :: Plone',
    'Framework :: Plone :: 3.2',
    'Framework :: Plone :: 3.3',
    'Framework :: Plone :: 4.0',
    'Framework :: Plone :: 4.1',
    'Framework :: Plone :: 4.2',
    'Framework :: Plone :: 4.3',
    'Framework :: Plone :: 5.0',
    'Framework :: Plone :: 5.1',
    'Framework :: Plone :: 5.2',
    'Framework :: Plone :: 5.3',
    'Framework :: Plone :: 6.0',
    'Framework :: Plone :: 6.1',
    'Framework :: Plone :: 6.2',
    'Framework :: Plone :: 6.3',
    'Framework :: Plone :: Addon',
    'Framework :: Plone :: Core',
    'Framework :: Plone :: Distribution',
    'Framework :: Plone :: Theme',
    'Framework :: PySimpleGUI',
    'Framework :: PySimpleGUI :: 4',
    'Framework :: PySimpleGUI :: 5',
    'Framework :: Pycsou',
    'Framework :: Pydantic',
    'Framework :: Pydantic :: 1',
    'Framework :: Pydantic :: 2',
    'Framework :: Pylons',
    'Framework :: Pyodide',
    'Framework :: Pyramid',
    'Framework :: Pytest',
    'Framework :: Review Board',
    'Framework :: Robot Framework',
    'Framework :: Robot Framework :: Library',
    'Framework :: Robot Framework :: Tool',
    'Framework :: Scrapy',
    'Framework :: Setuptools Plugin',
    'Framework :: Sphinx',
    'Framework :: Sphinx :: Domain',
    'Framework :: Sphinx :: Extension',
    'Framework :: Sphinx :: Theme',
    'Framework :: Trac',
    'Framework :: Trio',
    'Framework :: Tryton',
    'Framework :: TurboGears',
    'Framework :: TurboGears :: Applications',
    'Framework :: TurboGears :: Widgets',
    'Framework :: Twisted',
    'Framework :: Wagtail',
    'Framework :: Wagtail :: 1',
    'Framework :: Wagtail :: 2',
    'Framework :: Wagtail :: 3',
    'Framework :: Wagtail :: 4',
    'Framework :: Wagtail :: 5',
    'Framework :: Wagtail :: 6',
    'Framework :: Wagtail :: 7',
    'Framework :: Wagtail :: 8',
    'Framework :: ZODB',
    'Framework :: Zope',
    'Framework :: Zope :: 2',
    'Framework :: Zope :: 3',
    'Framework :: Zope :: 4',
    'Framework :: Zope :: 5',
    'Framework :: Zope :: 6',
    'Framework :: Zope2',
    'Framework :: Zope3',
    'Framework :: aiohttp',
    'Framework :: cocotb',
    'Framework :: napari',
    'Framework :: tox',
    'Intended Audience :: Customer Service',
    'Intended Audience :: Developers',
    'Intended Audience :: Education',
    'Intended Audience :: End Users/Desktop',
    'Intended Audience :: Financial and Insurance Industry',
    'Intended Audience :: Healthcare Industry',
    'Intended Audience :: Information Technology',
    'Intended Audience :: Legal Industry',
    'Intended Audience :: Manufacturing',
    'Intended Audience :: Other Audience',
    'Intended Audience :: Religion',
    'Intended Audience :: Science/Research',
    'Intended Audience :: System Administrators',
    'Intended Audience :: Telecommunications Industry',
    'License :: Aladdin Free Public License (AFPL)',
    'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication',
    'License :: CeCILL-B Free Software License Agreement (CECILL-B)',
    'License :: CeCILL-C Free Software License Agreement (CECILL-C)',
    'License :: DFSG approved',
    'License :: Eiffel Forum License (EFL)',
    'License :: Free For Educational Use',
    'License :: Free For Home Use',
    'License :: Free To Use But Restricted',
    'License :: Free for non-commercial use',
    'License :: Freely Distributable',
    'License :: Freeware',
    'License :: GUST Font License 1.0',
    'License :: GUST Font License 2006-09-30',
    'License :: Netscape Public License (NPL)',
    'License :: Nokia Open Source License (NOKOS)',
    'License :: OSI Approved',
    'License :: OSI Approved :: Academic Free License (AFL)',
    'License :: OSI Approved :: Apache Software License',
    'License :: OSI Approved :: Apple Public Source License',
    'License :: OSI Approved :: Artistic License',
    'License :: OSI Approved :: Attribution Assurance License',
    'License :: OSI Approved :: BSD License',
    'License :: OSI Approved :: Blue Oak Model License (BlueOak-1.0.0)',
    'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)',
    'License :: OSI Approved :: CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)',
    'License :: OSI Approved :: CMU License (MIT-CMU)',
    'License :: OSI Approved :: Common Development and Distribution License 1.0 (CDDL-1.0)',
    'License :: OSI Approved :: Common Public License',
    'License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)',
    'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)',
    'License :: OSI Approved :: Educational Community License, Version 2.0 (ECL-2.0)',
    'License :: OSI Approved :: Eiffel Forum License',
    'License :: OSI Approved :: European Union Public Licence 1.0 (EUPL 1.0)',
    'License :: OSI Approved :: European Union Public Licence 1.1 (EUPL 1.1)',
    'License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)',
    'License :: OSI Approved :: GNU Affero General Public License v3',
    'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)',
    'License :: OSI Approved :: GNU Free Documentation License (FDL)',
    'License :: OSI Approved :: GNU General Public License (GPL)',
    'License :: OSI Approved :: GNU General Public License v2 (GPLv2)',
    'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)',
    'License :: OSI Approved :: GNU General Public License v3 (GPLv3)',
    'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)',
    'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)',
    'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)',
    'License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)',
    'License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)',
    'License :: OSI Approved :: IBM Public License',
    'License :: OSI Approved :: ISC License (ISCL)',
    'License :: OSI Approved :: Intel Open Source License',
    'License :: OSI Approved :: Jabber Open Source License',
    'License :: OSI Approved :: MIT License',
    'License :: OSI Approved :: MIT No Attribution License (MIT-0)',
    'License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)',
    'License :: OSI Approved :: MirOS License (MirOS)',
    'License :: OSI Approved :: Motosoto License',
    'License :: OSI Approved :: Mozilla Public License 1.0 (MPL)',
    'License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)',
    'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)',
    'License :: OSI Approved :: Mulan Permissive Software License v2 (MulanPSL-2.0)',
    'License :: OSI Approved :: NASA Open Source Agreement v1.3 (NASA-1.3)',
    'License :: OSI Approved :: Nethack General Public License',
    'License :: OSI Approved :: Nokia Open Source License',
    'License :: OSI Approved :: Open Group Test Suite License',
    'License :: OSI Approved :: Open Software License 3.0 (OSL-3.0)',
    'License :: OSI Approved :: PostgreSQL License',
    'License :: OSI Approved :: Python License (CNRI Python License)',
    'License :: OSI Approved :: Python Software Foundation License',
    'License :: OSI Approved :: Qt Public License (QPL)',
    'License :: OSI Approved :: Ricoh Source Code Public License',
    'License :: OSI Approved :: SIL Open Font License 1.1 (OFL-1.1)',
    'License :: OSI Approved :: Sleepycat License',
    'License :: OSI Approved :: Sun Industry Standards Source License (SISSL)',
    'License :: OSI Approved :: Sun Public License',
    'License :: OSI Approved :: The Unlicense (Unlicense)',
    'License :: OSI Approved :: Universal Permissive License (UPL)',
    'License :: OSI Approved :: University of Illinois/NCSA Open Source License',
    'License :: OSI Approved :: Vovida Software License 1.0',
    'License :: OSI Approved :: W3C License',
    'License :: OSI Approved :: X.Net License',
    'License :: OSI Approved :: Zero-Clause BSD (0BSD)',
    'License :: OSI Approved :: Zope Public License',
    'License :: OSI Approved :: zlib/libpng License',
    'License :: Other/Proprietary License',
    'License :: Public Domain',
    'License :: Repoze Public License',
    'Natural Language :: Afrikaans',
    'Natural Language :: Arabic',
    'Natural Language :: Armenian',
    'Natural Language :: Basque',
    'Natural Language :: Bengali',
    'Natural Language :: Bosnian',
    'Natural Language :: Bulgarian',
    'Natural Language :: Cantonese',
    'Natural Language :: Catalan',
    'Natural Language :: Catalan (Valencian)',
    'Natural Language :: Chinese (Simplified)',
    'Natural Language :: Chinese (Traditional)',
    'Natural Language :: Croatian',
    'Natural Language :: Czech',
    'Natural Language :: Danish',
    'Natural Language :: Dutch',
    'Natural Language :: English',
    'Natural Language :: Esperanto',
    'Natural Language :: Estonian',
    'Natural Language :: Finnish',
    'Natural Language :: French',
    'Natural Language :: Galician',
    'Natural Language :: Georgian',
    'Natural Language :: German',
    'Natural Language :: Greek',
    'Natural Language :: Hebrew',
    'Natural Language :: Hindi',
    'Natural Language :: Hungarian',
    'Natural Language :: Icelandic',
    'Natural Language :: Indonesian',
    'Natural Language :: Irish',
    'Natural Language :: Italian',
    'Natural Language :: Japanese',
    'Natural Language :: Javanese',
    'Natural Language :: Korean',
    'Natural Language :: Latin',
    'Natural Language :: Latvian',
    'Natural Language :: Lithuanian',
    'Natural Language :: Macedonian',
    'Natural Language :: Malay',
    'Natural Language :: Marathi',
    'Natural Language :: Nepali',
    'Natural Language :: Norwegian',
    'Natural Language :: Panjabi',
    'Natural Language :: Persian',
    'Natural Language :: Polish',
    'Natural Language :: Portuguese',
    'Natural Language :: Portuguese (Brazilian)',
    'Natural Language :: Romanian',
    'Natural Language :: Russian',
    'Natural Language :: Serbian',
    'Natural Language :: Slovak',
    'Natural Language :: Slovenian',
    'Natural Language :: Spanish',
    'Natural Language :: Swedish',
    'Natural Language :: Tamil',
    'Natural Language :: Telugu',
    'Natural Language :: Thai',
    'Natural Language :: Tibetan',
    'Natural Language :: Turkish',
    'Natural Language :: Ukrainian',
    'Natural Language :: Ukranian',
    'Natural Language :: Urdu',
    'Natural Language :: Vietnamese',
    'Natural Language :: Yiddish',
    'Operating System :: Android',
    'Operating System :: BeOS',
    'Operating System :: MacOS',
    'Operating System :: MacOS :: MacOS 9',
    'Operating System :: MacOS :: MacOS X',
    'Operating System :: Microsoft',
    'Operating System :: Microsoft :: MS-DOS',
    'Operating System :: Microsoft :: Windows',
    'Operating System :: Microsoft :: Windows :: Windows 10',
    'Operating System :: Microsoft :: Windows :: Windows 11',
    'Operating System :: Microsoft :: Windows :: Windows 3.1 or Earlier',
    'Operating System :: Microsoft :: Windows :: Windows 7',
    'Operating System :: Microsoft :: Windows :: Windows 8',
    'Operating System :: Microsoft :: Windows :: Windows 8.1',
    'Operating System :: Microsoft :: Windows :: Windows 95/98/2000',
    'Operating System :: Microsoft :: Windows :: Windows CE',
    'Operating System :: Microsoft :: Windows :: Windows NT/2000',
    'Operating System :: Microsoft :: Windows :: Windows Server 2003',
    'Operating System :: Microsoft :: Windows :: Windows Server 2008',
    'Operating System :: Microsoft :: Windows :: Windows Vista',
    'Operating System :: Microsoft :: Windows :: Windows XP',
    'Operating System :: OS Independent',
    'Operating System :: OS/2',
    'Operating System :: Other OS',
    'Operating System :: PDA Systems',
    'Operating System :: POSIX',
    'Operating System :: POSIX :: AIX',
    'Operating System :: POSIX :: BSD',
    'Operating System :: POSIX :: BSD :: BSD/OS',
    'Operating System :: POSIX :: BSD :: FreeBSD',
    'Operating System :: POSIX :: BSD :: NetBSD',
    'Operating System :: POSIX :: BSD :: OpenBSD',
    'Operating System :: POSIX :: GNU Hurd',
    'Operating System :: POSIX :: HP-UX',
    'Operating System :: POSIX :: IRIX',
    'Operating System :: POSIX :: Linux',
    'Operating System :: POSIX :: Other',
    'Operating System :: POSIX :: SCO',
    'Operating System :: POSIX :: SunOS/Solaris',
    'Operating System :: PalmOS',
    'Operating System :: RISC OS',
    'Operating System :: Unix',
    'Operating System :: iOS',
    'Programming Language :: APL',
    'Programming Language :: ASP',
    'Programming Language :: Ada',
    'Programming Language :: Assembly',
    'Programming Language :: Awk',
    'Programming Language :: Basic',
    'Programming Language :: C',
    'Programming Language :: C#',
    'Programming Language :: C++',
    'Programming Language :: Cold Fusion',
    'Programming Language :: Cython',
    'Programming Language :: D',
    'Programming Language :: Delphi/Kylix',
    'Programming Language :: Dylan',
    'Programming Language :: Eiffel',
    'Programming Language :: Emacs-Lisp',
    'Programming Language :: Erlang',
    'Programming Language :: Euler',
    'Programming Language :: Euphoria',
    'Programming Language :: F#',
    'Programming Language :: Forth',
    'Programming Language :: Fortran',
    'Programming Language :: Go',
    'Programming Language :: Haskell',
    'Programming Language :: Hy',
    'Programming Language :: Java',
    'Programming Language :: JavaScript',
    'Programming Language :: Kotlin',
    'Programming Language :: Lisp',
    'Programming Language :: Logo',
    'Programming Language :: Lua',
    'Programming Language :: ML',
    'Programming Language :: Modula',
    'Programming Language :: OCaml',
    'Programming Language :: Object Pascal',
    'Programming Language :: Objective C',
    'Programming Language :: Other',
    'Programming Language :: Other Scripting Engines',
    'Programming Language :: PHP',
    'Programming Language :: PL/SQL',
    'Programming Language :: PROGRESS',
    'Programming Language :: Pascal',
    'Programming Language :: Perl',
    'Programming Language :: Pike',
    'Programming Language :: Pliant',
    'Programming Language :: Prolog',
    'Programming Language :: Python',
    'Programming Language :: Python :: 2',
    'Programming Language :: Python :: 2 :: Only',
    'Programming Language :: Python :: 2.3',
    'Programming Language :: Python :: 2.4',
    'Programming Language :: Python :: 2.5',
    'Programming Language :: Python :: 2.6',
    'Programming Language :: Python :: 2.7',
    'Programming Language :: Python :: 3',
    'Programming Language :: Python :: 3 :: Only',
    'Programming Language :: Python :: 3.0',
    'Programming Language :: Python :: 3.1',
    'Programming Language :: Python :: 3.10',
    'Programming Language :: Python :: 3.11',
    'Programming Language :: Python :: 3.12',
    'Programming Language :: Python :: 3.13',
    'Programming Language :: Python :: 3.14',
    'Programming Language :: Python :: 3.15',
    'Programming Language :: Python :: 3.16',
    'Programming Language :: Python :: 3.2',
    'Programming Language :: Python :: 3.3',
    'Programming Language :: Python :: 3.4',
    'Programming Language :: Python :: 3.5',
    'Programming Language :: Python :: 3.6',
    'Programming Language :: Python :: 3.7',
    'Programming Language :: Python :: 3.8',
    'Programming Language :: Python :: 3.9',
    'Programming Language :: Python :: Free Threading',
    'Programming Language :: Python :: Free Threading :: 1 - Unstable',
    'Programming Language :: Python :: Free Threading :: 2 - Beta',
    'Programming Language :: Python :: Free Threading :: 3 - Stable',
    'Programming Language :: Python :: Free Threading :: 4 - Resilient',
    'Programming Language :: Python :: Implementation',
    'Programming Language :: Python :: Implementation :: CPython',
    'Programming Language :: Python :: Implementation :: GraalPy',
    'Programming Language :: Python :: Implementation :: IronPython',
    'Programming Language :: Python :: Implementation :: Jython',
    'Programming Language :: Python :: Implementation :: MicroPython',
    'Programming Language :: Python :: Implementation :: PyPy',
    'Programming Language :: Python :: Implementation :: Stackless',
    'Programming Language :: R',
    'Programming Language :: REBOL',
    'Programming Language :: Rexx',
    'Programming Language :: Ruby',
    'Programming Language :: Rust',
    'Programming Language :: SQL',
    'Programming Language :: Scheme',
    'Programming Language :: Simula',
    'Programming Language :: Smalltalk',
    'Programming Language :: Tcl',
    'Programming Language :: Unix Shell',
    'Programming Language :: Visual Basic',
    'Programming Language :: XBasic',
    'Programming Language :: YACC',
    'Programming Language :: Zig',
    'Programming Language :: Zope',
    'Topic :: Adaptive Technologies',
    'Topic :: Artistic Software',
    'Topic :: Communications',
    'Topic :: Communications :: BBS',
    'Topic :: Communications :: Chat',
    'Topic :: Communications :: Chat :: AOL Instant Messenger',
    'Topic :: Communications :: Chat :: ICQ',
    'Topic :: Communications :: Chat :: Internet Relay Chat',
    'Topic :: Communications :: Chat :: Unix Talk',
    'Topic :: Communications :: Conferencing',
    'Topic :: Communications :: Email',
    'Topic :: Communications :: Email :: Address Book',
    'Topic :: Communications :: Email :: Email Clients (MUA)',
    'Topic :: Communications :: Email :: Filters',
    'Topic :: Communications :: Email :: Mail Transport Agents',
    'Topic :: Communications :: Email :: Mailing List Servers',
    'Topic :: Communications :: Email :: Post-Office',
    'Topic :: Communications :: Email :: Post-Office :: IMAP',
    'Topic :: Communications :: Email :: Post-Office :: POP3',
    'Topic :: Communications :: FIDO',
    'Topic :: Communications :: Fax',
    'Topic :: Communications :: File Sharing',
    'Topic :: Communications :: File Sharing :: Gnutella',
    'Topic :: Communications :: File Sharing :: Napster',
    'Topic :: Communications :: Ham Radio',
    'Topic :: Communications :: Internet Phone',
    'Topic :: Communications :: Telephony',
    'Topic :: Communications :: Usenet News',
    'Topic :: Database',
    'Topic :: Database :: Database Engines/Servers',
    'Topic :: Database :: Front-Ends',
    'Topic :: Desktop Environment',
    'Topic :: Desktop Environment :: File Managers',
    'Topic :: Desktop Environment :: GNUstep',
    'Topic :: Desktop Environment :: Gnome',
    'Topic :: Desktop Environment :: K Desktop Environment (KDE)',
    'Topic :: Desktop Environment :: K Desktop Environment (KDE) :: Themes',
    'Topic :: Desktop Environment :: PicoGUI',
    'Topic :: Desktop Environment :: PicoGUI :: Applications',
    'Topic :: Desktop Environment :: PicoGUI :: Themes',
    'Topic :: Desktop Environment :: Screen Savers',
    'Topic :: Desktop Environment :: Window Managers',
    'Topic :: Desktop Environment :: Window Managers :: Afterstep',
    'Topic :: Desktop Environment :: Window Managers :: Afterstep :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Applets',
    'Topic :: Desktop Environment :: Window Managers :: Blackbox',
    'Topic :: Desktop Environment :: Window Managers :: Blackbox :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: CTWM',
    'Topic :: Desktop Environment :: Window Managers :: CTWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Epplets',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR15',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR16',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR17',
    'Topic :: Desktop Environment :: Window Managers :: FVWM',
    'Topic :: Desktop Environment :: Window Managers :: FVWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Fluxbox',
    'Topic :: Desktop Environment :: Window Managers :: Fluxbox :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: IceWM',
    'Topic :: Desktop Environment :: Window Managers :: IceWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: MetaCity',
    'Topic :: Desktop Environment :: Window Managers :: MetaCity :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Oroborus',
    'Topic :: Desktop Environment :: Window Managers :: Oroborus :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes 0.30',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes pre-0.30',
    'Topic :: Desktop Environment :: Window Managers :: Waimea',
    'Topic :: Desktop Environment :: Window Managers :: Waimea :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker :: Applets',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: XFCE',
    'Topic :: Desktop Environment :: Window Managers :: XFCE :: Themes',
    'Topic :: Documentation',
    'Topic :: Documentation :: Sphinx',
    'Topic :: Education',
    'Topic :: Education :: Computer Aided Instruction (CAI)',
    'Topic :: Education :: Testing',
    'Topic :: File Formats',
    'Topic :: File Formats :: JSON',
    'Topic :: File Formats :: JSON :: JSON Schema',
    'Topic :: Games/Entertainment',
    'Topic :: Games/Entertainment :: Arcade',
    'Topic :: Games/Entertainment :: Board Games',
    'Topic :: Games/Entertainment :: First Person Shooters',
    'Topic :: Games/Entertainment :: Fortune Cookies',
    'Topic :: Games/Entertainment :: Multi-User Dungeons (MUD)',
    'Topic :: Games/Entertainment :: Puzzle Games',
    'Topic :: Games/Entertainment :: Real Time Strategy',
    'Topic :: Games/Entertainment :: Role-Playing',
    'Topic :: Games/Entertainment :: Side-Scrolling/Arcade Games',
    'Topic :: Games/Entertainment :: Simulation',
    'Topic :: Games/Entertainment :: Turn Based Strategy',
    'Topic :: Home Automation',
    'Topic :: Internet',
    'Topic :: Internet :: File Transfer Protocol (FTP)',
    'Topic :: Internet :: Finger',
    'Topic :: Internet :: Log Analysis',
    'Topic :: Internet :: Name Service (DNS)',
    'Topic :: Internet :: Proxy Servers',
    'Topic :: Internet :: WAP',
    'Topic :: Internet :: WWW/HTTP',
    'Topic :: Internet :: WWW/HTTP :: Browsers',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: CGI Tools/Libraries',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Content Management System',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Message Boards',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: News/Diary',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Page Counters',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Wiki',
    'Topic :: Internet :: WWW/HTTP :: HTTP Servers',
    'Topic :: Internet :: WWW/HTTP :: Indexing/Search',
    'Topic :: Internet :: WWW/HTTP :: Session',
    'Topic :: Internet :: WWW/HTTP :: Site Management',
    'Topic :: Internet :: WWW/HTTP :: Site Management :: Link Checking',
    'Topic :: Internet :: WWW/HTTP :: WSGI',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Application',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Middleware',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Server',
    'Topic :: Internet :: XMPP',
    'Topic :: Internet :: Z39.50',
    'Topic :: Multimedia',
    'Topic :: Multimedia :: Graphics',
    'Topic :: Multimedia :: Graphics :: 3D Modeling',
    'Topic :: Multimedia :: Graphics :: 3D Rendering',
    'Topic :: Multimedia :: Graphics :: Capture',
    'Topic :: Multimedia :: Graphics :: Capture :: Digital Camera',
    'Topic :: Multimedia :: Graphics :: Capture :: Scanners',
    'Topic :: Multimedia :: Graphics :: Capture :: Screen Capture',
    'Topic :: Multimedia :: Graphics :: Editors',
    'Topic :: Multimedia :: Graphics :: Editors :: Raster-Based',
    'Topic :: Multimedia :: Graphics :: Editors :: Vector-Based',
    'Topic :: Multimedia :: Graphics :: Graphics Conversion',
    'Topic :: Multimedia :: Graphics :: Presentation',
    'Topic :: Multimedia :: Graphics :: Viewers',
    'Topic :: Multimedia :: Sound/Audio',
    'Topic :: Multimedia :: Sound/Audio :: Analysis',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Playing',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Ripping',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Writing',
    'Topic :: Multimedia :: Sound/Audio :: Capture/Recording',
    'Topic :: Multimedia :: Sound/Audio :: Conversion',
    'Topic :: Multimedia :: Sound/Audio :: Editors',
    'Topic :: Multimedia :: Sound/Audio :: MIDI',
    'Topic :: Multimedia :: Sound/Audio :: Mixers',
    'Topic :: Multimedia :: Sound/Audio :: Players',
    'Topic :: Multimedia :: Sound/Audio :: Players :: MP3',
    'Topic :: Multimedia :: Sound/Audio :: Sound Synthesis',
    'Topic :: Multimedia :: Sound/Audio :: Speech',
    'Topic :: Multimedia :: Video',
    'Topic :: Multimedia :: Video :: Capture',
    'Topic :: Multimedia :: Video :: Conversion',
    'Topic :: Multimedia :: Video :: Display',
    'Topic :: Multimedia :: Video :: Non-Linear Editor',
    'Topic :: Office/Business',
    'Topic :: Office/Business :: Financial',
    'Topic :: Office/Business :: Financial :: Accounting',
    'Topic :: Office/Business :: Financial :: Investment',
    'Topic :: Office/Business :: Financial :: Point-Of-Sale',
    'Topic :: Office/Business :: Financial :: Spreadsheet',
    'Topic :: Office/Business :: Groupware',
    'Topic :: Office/Business :: News/Diary',
    'Topic :: Office/Business :: Office Suites',
    'Topic :: Office/Business :: Scheduling',
    'Topic :: Other/Nonlisted Topic',
    'Topic :: Printing',
    'Topic :: Religion',
    'Topic :: Scientific/Engineering',
    'Topic :: Scientific/Engineering :: Artificial Intelligence',
    'Topic :: Scientific/Engineering :: Artificial Life',
    'Topic :: Scientific/Engineering :: Astronomy',
    'Topic :: Scientific/Engineering :: Atmospheric Science',
    'Topic :: Scientific/Engineering :: Bio-Informatics',
    'Topic :: Scientific/Engineering :: Chemistry',
    'Topic :: Scientific/Engineering :: Electronic Design Automation (EDA)',
    'Topic :: Scientific/Engineering :: GIS',
    'Topic :: Scientific/Engineering :: Human Machine Interfaces',
    'Topic :: Scientific/Engineering :: Hydrology',
    'Topic :: Scientific/Engineering :: Image Processing',
    'Topic :: Scientific/Engineering :: Image Recognition',
    'Topic :: Scientific/Engineering :: Information Analysis',
    'Topic :: Scientific/Engineering :: Instrument Drivers',
    'Topic :: Scientific/Engineering :: Instrument Drivers :: IVI Conformant',
    'Topic :: Scientific/Engineering :: Interface Engine/Protocol Translator',
    'Topic :: Scientific/Engineering :: Mathematics',
    'Topic :: Scientific/Engineering :: Medical Science Apps.',
    'Topic :: Scientific/Engineering :: Oceanography',
    'Topic :: Scientific/Engineering :: Physics',
    'Topic :: Scientific/Engineering :: Quantum Computing',
    'Topic :: Scientific/Engineering :: Visualization',
    'Topic :: Security',
    'Topic :: Security :: Cryptography',
    'Topic :: Sociology',
    'Topic :: Sociology :: Genealogy',
    'Topic :: Sociology :: History',
    'Topic :: Software Development',
    'Topic :: Software Development :: Assemblers',
    'Topic :: Software Development :: Bug Tracking',
    'Topic :: Software Development :: Build Tools',
    'Topic :: Software Development :: Code Generators',
    'Topic :: Software Development :: Compilers',
    'Topic :: Software Development :: Debuggers',
    'Topic :: Software Development :: Disassemblers',
    'Topic :: Software Development :: Documentation',
    'Topic :: Software Development :: Embedded Systems',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN)',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: CANopen',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: J1939',
    'Topic :: Software Development :: Internationalization',
    'Topic :: Software Development :: Interpreters',
    'Topic :: Software Development :: Libraries',
    'Topic :: Software Development :: Libraries :: Application Frameworks',
    'Topic :: Software Development :: Libraries :: Java Libraries',
    'Topic :: Software Development :: Libraries :: PHP Classes',
    'Topic :: Software Development :: Libraries :: Perl Modules',
    'Topic :: Software Development :: Libraries :: Pike Modules',
    'Topic :: Software Development :: Libraries :: Python Modules',
    'Topic :: Software Development :: Libraries :: Ruby Modules',
    'Topic :: Software Development :: Libraries :: Tcl Extensions',
    'Topic :: Software Development :: Libraries :: pygame',
    'Topic :: Software Development :: Localization',
    'Topic :: Software Development :: Object Brokering',
    'Topic :: Software Development :: Object Brokering :: CORBA',
    'Topic :: Software Development :: Pre-processors',
    'Topic :: Software Development :: Quality Assurance',
    'Topic :: Software Development :: Testing',
    'Topic :: Software Development :: Testing :: Acceptance',
    'Topic :: Software Development :: Testing :: BDD',
    'Topic :: Software Development :: Testing :: Mocking',
    'Topic :: Software Development :: Testing :: Traffic Generation',
    'Topic :: Software Development :: Testing :: Unit',
    'Topic :: Software Development :: User Interfaces',
    'Topic :: Software Development :: Version Control',
    'Topic :: Software Development :: Version Control :: Bazaar',
    'Topic :: Software Development :: Version Control :: CVS',
    'Topic :: Software Development :: Version Control :: Git',
    'Topic :: Software Development :: Version Control :: Mercurial',
    'Topic :: Software Development :: Version Control :: RCS',
    'Topic :: Software Development :: Version Control :: SCCS',
    'Topic :: Software Development :: Widget Sets',
    'Topic :: System',
    'Topic :: System :: Archiving',
    'Topic :: System :: Archiving :: Backup',
    'Topic :: System :: Archiving :: Compression',
    'Topic :: System :: Archiving :: Mirroring',
    'Topic :: System :: Archiving :: Packaging',
    'Topic :: System :: Benchmark',
    'Topic :: System :: Boot',
    'Topic :: System :: Boot :: Init',
    'Topic :: System :: Clustering',
    'Topic :: System :: Console Fonts',
    'Topic :: System :: Distributed Computing',
    'Topic :: System :: Emulators',
    'Topic :: System :: Filesystems',
    'Topic :: System :: Hardware',
    'Topic :: System :: Hardware :: Hardware Drivers',
    'Topic :: System :: Hardware :: Mainframes',
    'Topic :: System :: Hardware :: Symmetric Multi-processing',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio/Video (AV)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Communications Device Class (CDC)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Diagnostic Device',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Hub',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Human Interface Device (HID)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Mass Storage',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Miscellaneous',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Printer',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Smart Card',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Vendor',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Video (UVC)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Wireless Controller',
    'Topic :: System :: Installation/Setup',
    'Topic :: System :: Logging',
    'Topic :: System :: Monitoring',
    'Topic :: System :: Networking',
    'Topic :: System :: Networking :: Firewalls',
    'Topic :: System :: Networking :: Monitoring',
    'Topic :: System :: Networking :: Monitoring :: Hardware Watchdog',
    'Topic :: System :: Networking :: Time Synchronization',
    'Topic :: System :: Operating System',
    'Topic :: System :: Operating System Kernels',
    'Topic :: System :: Operating System Kernels :: BSD',
    'Topic :: System :: Operating System Kernels :: GNU Hurd',
    'Topic :: System :: Operating System Kernels :: Linux',
    'Topic :: System :: Power (UPS)',
    'Topic :: System :: Recovery Tools',
    'Topic :: System :: Shells',
    'Topic :: System :: Software Distribution',
    'Topic :: System :: System Shells',
    'Topic :: System :: Systems Administration',
    'Topic :: System :: Systems Administration :: Authentication/Directory',
    'Topic :: System :: Systems Administration :: Authentication/Directory :: LDAP',
    'Topic :: System :: Systems Administration :: Authentication/Directory :: NIS',
    'Topic :: Terminals',
    'Topic :: Terminals :: Serial',
    'Topic :: Terminals :: Telnet',
    'Topic :: Terminals :: Terminal Emulators/X Terminals',
    'Topic :: Text Editors',
    'Topic :: Text Editors :: Documentation',
    'Topic :: Text Editors :: Emacs',
    'Topic :: Text Editors :: Integrated Development Environments (IDE)',
    'Topic :: Text Editors :: Text Processing',
    'Topic :: Text Editors :: Word Processors',
    'Topic :: Text Processing',
    'Topic :: Text Processing :: Filters',
    'Topic :: Text Processing :: Fonts',
    'Topic :: Text Processing :: General',
    'Topic :: Text Processing :: Indexing',
    'Topic :: Text Processing :: Linguistic',
    'Topic :: Text Processing :: Markup',
    'Topic :: Text Processing :: Markup :: HTML',
    'Topic :: Text Processing :: Markup :: LaTeX',
    'Topic :: Text Processing :: Markup :: Markdown',
    'Topic :: Text Processing :: Markup :: SGML',
    'Topic :: Text Processing :: Markup :: VRML',
    'Topic :: Text Processing :: Markup :: XML',
    'Topic :: Text Processing :: Markup :: reStructuredText',
    'Topic :: Utilities',
    'Typing :: Stubs Only',
    'Typing :: Typed',
];
const DEPRECATED_CLASSIFIERS = {
    'Framework :: Django CMS :: 4.2': ['Framework :: Django CMS :: 5.0'],
    'License :: OSI Approved :: Intel Open Source License': [],
    'License :: OSI Approved :: Jabber Open Source License': [],
    'License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)': [],
    'License :: OSI Approved :: Sun Industry Standards Source License (SISSL)': [],
    'License :: OSI Approved :: X.Net License': [],
    'Natural Language :: Ukranian': ['Natural Language :: Ukrainian'],
    'Topic :: Communications :: Chat :: AOL Instant Messenger': [],
};

;// CONCATENATED MODULE: ./packages/dists/email-address.ts
/**
 * Author-email / Maintainer-email as warehouse checks them: `email.utils.parseaddr`, then email-validator's
 * syntax rules (no DNS). ASCII addresses get email-validator's own messages; internationalized ones are
 * checked only for the @-sign and a dotted domain.
 */
const ATEXT = /^[A-Za-z0-9_!#$%&'*+\-/=?^`{|}~.]$/;
const HOST_LABEL = '(?:(?:[a-zA-Z0-9][a-zA-Z0-9-]*)?[a-zA-Z0-9])';
const HOSTNAME = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*$`);
// email-validator's SPECIAL_USE_DOMAIN_NAMES (RFC 6761 and friends).
const SPECIAL_USE = ['arpa', 'invalid', 'local', 'localhost', 'onion', 'test'];
/**
 * The address parseaddr finds in a header value: the part in angle brackets, or the whole value; null when
 * strict parseaddr gives up (several addresses, unbalanced brackets) and warehouse checks nothing.
 */
function addressOf(value) {
    const unquoted = value.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    if (/,/.test(unquoted.replace(/\([^)]*\)/g, '')))
        return null;
    const angle = /<([^<>]*)>\s*$/.exec(unquoted);
    if (angle)
        return (angle[1] ?? '').trim() || null;
    if (/[<>]/.test(unquoted))
        return null;
    const bare = unquoted.replace(/\([^)]*\)/g, '').trim();
    return bare === '' ? null : bare;
}
/** email-validator's complaint about `address` (check_deliverability off), or null when it is valid. */
function emailAddressProblem(address) {
    const at = address.indexOf('@');
    if (at < 0)
        return 'An email address must have an @-sign.';
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    return localPartProblem(local) ?? domainProblem(domain);
}
function sortedDisplay(chars) {
    return [...new Set(chars)].sort().map(display).join(', ');
}
function display(c) {
    if (c === ' ')
        return 'SPACE';
    if (c === '\t')
        return 'TAB';
    if (/[\x00-\x1f\x7f]/.test(c))
        return `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
    return `'${c}'`;
}
function localPartProblem(local) {
    if (local === '')
        return 'There must be something before the @-sign.';
    if (/[^\x00-\x7f]/.test(local))
        return null;
    if (local.startsWith('"'))
        return 'Quoting the part before the @-sign is not allowed here.';
    const bad = [...local].filter((c) => !ATEXT.test(c));
    if (bad.length)
        return `The email address contains invalid characters before the @-sign: ${sortedDisplay(bad)}.`;
    if (local.endsWith('.'))
        return 'An email address cannot have a period immediately before the @-sign.';
    if (local.startsWith('.'))
        return 'An email address cannot start with a period.';
    if (local.includes('..'))
        return 'An email address cannot have two periods in a row.';
    return null;
}
function domainProblem(domain) {
    if (domain === '')
        return 'There must be something after the @-sign.';
    if (domain.startsWith('['))
        return 'A bracketed IP address after the @-sign is not allowed here.';
    const ascii = !/[^\x00-\x7f]/.test(domain);
    const bad = [...domain].filter((c) => c <= '\x7f' && !/[a-zA-Z0-9.-]/.test(c));
    if (bad.length)
        return `The part after the @-sign contains invalid characters: ${sortedDisplay(bad)}.`;
    if (domain.endsWith('.'))
        return 'An email address cannot end with a period.';
    if (domain.startsWith('.'))
        return 'An email address cannot have a period immediately after the @-sign.';
    if (domain.includes('..'))
        return 'An email address cannot have two periods in a row.';
    if (domain.endsWith('-'))
        return 'An email address cannot end with a hyphen.';
    if (domain.startsWith('-'))
        return 'An email address cannot have a hyphen immediately after the @-sign.';
    if (domain.includes('.-') || domain.includes('-.'))
        return 'An email address cannot have a period and a hyphen next to each other.';
    if (ascii && domain.split('.').some((label) => /^(?!xn)..--/i.test(label)))
        return 'An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.';
    if (ascii && !HOSTNAME.test(domain))
        return 'The email address contains invalid characters after the @-sign after IDNA encoding.';
    if (ascii && domain.length > 253)
        return `The email address is too long after the @-sign (${domain.length - 253} character${domain.length - 253 === 1 ? '' : 's'} too many).`;
    const long = domain.split('.').find((label) => label.length > 63);
    if (ascii && long !== undefined)
        return `After the @-sign, periods cannot be separated by so many characters (${long.length - 63} character${long.length - 63 === 1 ? '' : 's'} too many).`;
    if (!domain.includes('.'))
        return 'The part after the @-sign is not valid. It should have a period.';
    if (ascii && !/[A-Za-z]$/.test(domain))
        return 'The part after the @-sign is not valid. It is not within a valid top-level domain.';
    const lower = domain.toLowerCase();
    if (SPECIAL_USE.some((d) => lower === d || lower.endsWith(`.${d}`)))
        return 'The part after the @-sign is a special-use or reserved name that cannot be used with email.';
    return null;
}

;// CONCATENATED MODULE: ./packages/dists/http-uri.ts
/** warehouse's `is_valid_uri(url, require_authority=False)`: rfc3986's checks of an http(s) URL, as PyPI runs them. */
const UNRESERVED_SUBDELIMS = "A-Za-z0-9._~\\-!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const REG_NAME = `(?:${PCT}|[${UNRESERVED_SUBDELIMS}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
const IP_LITERAL = '\\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\\.[' + UNRESERVED_SUBDELIMS + ':]+)\\]';
const USERINFO = `(?:[${UNRESERVED_SUBDELIMS}:]|${PCT})+`;
const SUBAUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL})(?::([0-9]{1,5}))?$`);
const URI = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?/;
/**
 * True when PyPI takes `url` for Home-page, Download-URL or a Project-URL: a scheme of http or https, and a
 * well-formed host and port when there is an authority. Path and query are percent-encoded by rfc3986
 * before the check, so they never fail it.
 */
function isValidHttpUri(url) {
    const match = URI.exec(url);
    const scheme = match?.[1]?.toLowerCase();
    if (scheme !== 'http' && scheme !== 'https')
        return false;
    const authority = match?.[2];
    if (!authority)
        return true;
    const sub = SUBAUTHORITY.exec(authority);
    if (!sub)
        return false;
    const host = sub[2] ?? '';
    if (new RegExp(`^${IPV4}$`).test(host) && host.split('.').some((octet) => Number(octet) > 255))
        return false;
    return sub[3] === undefined || Number(sub[3]) <= 65535;
}

;// CONCATENATED MODULE: ./packages/dists/rules/warehouse-metadata.ts
/** warehouse's own metadata checks (`forklift/metadata.py` `_validate_metadata`), run once packaging found nothing. */






const CLASSIFIERS = new Set(TROVE_CLASSIFIERS);
/** warehouse's DYNAMIC_FIELDS, lower-cased. */
const DYNAMIC_FIELDS = new Set([
    'Platform',
    'Supported-Platform',
    'Summary',
    'Description',
    'Description-Content-Type',
    'Keywords',
    'Home-Page',
    'Download-Url',
    'Author',
    'Author-Email',
    'Maintainer',
    'Maintainer-Email',
    'License',
    'License-Expression',
    'License-File',
    'Classifier',
    'Requires-Dist',
    'Requires-Python',
    'Requires-External',
    'Project-Url',
    'Provides-Extra',
    'Provides-Dist',
    'Obsoletes-Dist',
    'Requires',
    'Provides',
    'Obsoletes',
    'Import-Name',
    'Import-Namespace',
].map((f) => f.toLowerCase()));
const pyList = (items) => `[${items.map(pyRepr).join(', ')}]`;
function classifierErrors(classifiers) {
    const unique = [...new Set(classifiers)].sort();
    const invalid = unique
        .filter((c) => !CLASSIFIERS.has(c))
        .map((c) => ({ field: 'classifier', message: `${pyRepr(c)} is not a valid classifier.` }));
    const deprecated = unique
        .filter((c) => DEPRECATED_CLASSIFIERS[c] !== undefined)
        .map((c) => {
        const by = DEPRECATED_CLASSIFIERS[c] ?? [];
        const message = by.length
            ? `The classifier ${pyRepr(c)} has been deprecated, use one of ${pyList(by)} instead.`
            : `The classifier ${pyRepr(c)} has been deprecated.`;
        return { field: 'classifier', message };
    });
    return [...invalid, ...deprecated];
}
function urlErrors(raw) {
    const errors = [];
    for (const field of ['home-page', 'download-url']) {
        const url = raw.strings.get(field);
        if (url !== undefined && !isValidHttpUri(url))
            errors.push({ field, message: `${pyRepr(url)} is not a valid url.` });
    }
    for (const [label, url] of raw.projectUrls ?? []) {
        const message = label === ''
            ? 'Must have a label'
            : label.length > 32
                ? `${pyRepr(label)} must be 32 characters or less.`
                : url === ''
                    ? 'Must have a URL'
                    : isValidHttpUri(url)
                        ? null
                        : `${pyRepr(url)} is not a valid url`;
        if (message)
            errors.push({ field: 'project-url', message });
    }
    return errors;
}
function dependencyErrors(raw) {
    const errors = [];
    for (const field of ['provides-dist', 'obsoletes-dist']) {
        for (const value of raw.lists.get(field) ?? []) {
            try {
                if (parseRequirement(value).url !== null)
                    errors.push({ field, message: `Can't have direct dependency: ${pyRepr(value)}` });
            }
            catch (error) {
                const detail = error instanceof RequirementSyntaxError ? error.message : String(error);
                errors.push({ field, message: `${pyRepr(value)} is invalid: ${detail}` });
            }
        }
    }
    for (const value of raw.lists.get('requires-dist') ?? []) {
        const parsed = parseRequirement(value);
        if (parsed.url !== null)
            errors.push({ field: 'requires-dist', message: `Can't have direct dependency: ${parsed.text}` });
    }
    return errors;
}
function emailErrors(raw) {
    const errors = [];
    for (const field of ['author-email', 'maintainer-email']) {
        const value = raw.strings.get(field);
        const address = value === undefined ? null : addressOf(value);
        const problem = address === null ? null : emailAddressProblem(address);
        if (problem)
            errors.push({ field, message: `${pyRepr(address)} is not a valid email address: ${problem}` });
    }
    return errors;
}
/** Every error of warehouse's `_validate_metadata`, in its order. */
function warehouseMetadataErrors(raw) {
    const errors = [];
    const version = (0,parse/* parseVersion */.ot)(raw.strings.get('version') ?? '');
    if (version?.local)
        errors.push({
            field: 'version',
            message: `The use of local versions in ${pyRepr((0,format/* formatVersion */.qh)(version))} is not allowed.`,
        });
    if ((raw.strings.get('summary') ?? '').length > 512)
        errors.push({ field: 'summary', message: "'summary' field must be 512 characters or less." });
    errors.push(...emailErrors(raw), ...classifierErrors(raw.lists.get('classifier') ?? []));
    errors.push(...urlErrors(raw), ...dependencyErrors(raw));
    for (const key of raw.lists.get('dynamic') ?? []) {
        if (!DYNAMIC_FIELDS.has(key.toLowerCase()))
            errors.push({
                field: 'dynamic',
                message: `Dynamic field ${pyRepr(key.toLowerCase())} is not a valid dynamic field.`,
            });
    }
    if (raw.strings.get('license') && raw.strings.get('license-expression'))
        errors.push({
            field: 'license',
            message: 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
        });
    return errors;
}

;// CONCATENATED MODULE: ./packages/dists/rules/metadata-rules.ts






/** Metadata versions warehouse accepts (`SUPPORTED_METADATA_VERSIONS`); 2.0 never existed as a spec and is refused. */
const SUPPORTED_METADATA_VERSIONS = (/* unused pure expression or super */ null && (METADATA_VERSIONS));
const metadata_rules_CORE_METADATA_HELP = 'https://packaging.python.org/specifications/core-metadata';
const LOCAL_VERSION_HELP = 'https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers';
// These errors tend to cause the others, so warehouse answers with them first.
const FIELD_ORDER = ['metadata-version', 'name', 'version'];
/** warehouse's answer for a group of errors: the first error of the most important field, with its help link. */
function metadataErrorProblem(errors) {
    const fields = [...new Set(errors.map((e) => e.field))];
    const field = FIELD_ORDER.find((f) => fields.includes(f)) ?? fields.sort()[0];
    const ofField = errors.filter((e) => e.field === field);
    const message = ofField[0]?.message ?? '';
    const help = field === 'version' && ofField.some((e) => e.message.includes('use of local versions'))
        ? LOCAL_VERSION_HELP
        : metadata_rules_CORE_METADATA_HELP;
    const code = field === 'version' && help === LOCAL_VERSION_HELP ? 'local-version' : 'invalid-metadata';
    return badRequest(code, `${message}${message.endsWith('.') ? '' : '.'} See ${help} for more information.`);
}
/**
 * warehouse's `metadata.parse(None, form_data=...)`: the form's metadata, or PyPI's refusal. Fields sent twice
 * and repeated Project-URL labels are refused first, then packaging's checks, then warehouse's own.
 */
function metadataFromForm(fields) {
    const parsed = rawMetadataFromForm(fields);
    if ('unparsed' in parsed) {
        return {
            problem: metadataErrorProblem(parsed.unparsed.map(({ form }) => ({ field: form, message: `${pyRepr(form)} has invalid data` }))),
        };
    }
    const packaging = packagingMetadataErrors(parsed.raw);
    if (packaging.length > 0)
        return { problem: metadataErrorProblem(packaging) };
    const warehouse = warehouseMetadataErrors(parsed.raw);
    if (warehouse.length > 0)
        return { problem: metadataErrorProblem(warehouse) };
    return { metadata: metadataFromUploadForm(fields) };
}

;// CONCATENATED MODULE: ./packages/dists/data/stdlib-modules.ts
// Generated by scripts/data/warehouse-data.mjs — do not edit.
/** Standard-library module names (and their dotted prefixes), canonicalized: PyPI refuses them as project names. */
const STDLIB_SOURCE = "Debian python3-stdlib-list 0.12.0-1 (unstable; Python 2.6, 2.7, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13, 3.14) and sys.stdlib_module_names of Debian's Python 3.11";
const STDLIB_MODULE_NAMES = [
    'abc',
    'abcoll',
    'aepack',
    'aetools',
    'aetypes',
    'aifc',
    'aix-support',
    'al',
    'android-support',
    'annotationlib',
    'antigravity',
    'anydbm',
    'apple-support',
    'applesingle',
    'argparse',
    'array',
    'ast',
    'ast-unparse',
    'asynchat',
    'asyncio',
    'asyncio-base-events',
    'asyncio-base-futures',
    'asyncio-base-subprocess',
    'asyncio-base-tasks',
    'asyncio-compat',
    'asyncio-constants',
    'asyncio-coroutines',
    'asyncio-events',
    'asyncio-exceptions',
    'asyncio-format-helpers',
    'asyncio-futures',
    'asyncio-graph',
    'asyncio-locks',
    'asyncio-log',
    'asyncio-main',
    'asyncio-mixins',
    'asyncio-proactor-events',
    'asyncio-protocols',
    'asyncio-queues',
    'asyncio-runners',
    'asyncio-selector-events',
    'asyncio-sslproto',
    'asyncio-staggered',
    'asyncio-streams',
    'asyncio-subprocess',
    'asyncio-taskgroups',
    'asyncio-tasks',
    'asyncio-test-utils',
    'asyncio-threads',
    'asyncio-timeouts',
    'asyncio-tools',
    'asyncio-transports',
    'asyncio-trsock',
    'asyncio-unix-events',
    'asyncio-windows-events',
    'asyncio-windows-utils',
    'asyncore',
    'atexit',
    'audiodev',
    'audioop',
    'autogil',
    'base64',
    'basehttpserver',
    'bastion',
    'bdb',
    'binascii',
    'binhex',
    'bisect',
    'blake2',
    'bootlocale',
    'bootsubprocess',
    'bsddb',
    'bsddb-db',
    'bsddb-dbobj',
    'bsddb-dbrecio',
    'bsddb-dbshelve',
    'bsddb-dbtables',
    'bsddb-dbutils',
    'bsddb-test',
    'bsddb-test-test-all',
    'bsddb-test-test-associate',
    'bsddb-test-test-basics',
    'bsddb-test-test-compare',
    'bsddb-test-test-compat',
    'bsddb-test-test-cursor-pget-bug',
    'bsddb-test-test-db',
    'bsddb-test-test-dbenv',
    'bsddb-test-test-dbobj',
    'bsddb-test-test-dbshelve',
    'bsddb-test-test-dbtables',
    'bsddb-test-test-distributed-transactions',
    'bsddb-test-test-early-close',
    'bsddb-test-test-fileid',
    'bsddb-test-test-get-none',
    'bsddb-test-test-join',
    'bsddb-test-test-lock',
    'bsddb-test-test-misc',
    'bsddb-test-test-pickle',
    'bsddb-test-test-queue',
    'bsddb-test-test-recno',
    'bsddb-test-test-replication',
    'bsddb-test-test-sequence',
    'bsddb-test-test-thread',
    'buildtools',
    'builtin',
    'builtins',
    'bz2',
    'calendar',
    'canvas',
    'carbon',
    'carbon-ae',
    'carbon-ah',
    'carbon-app',
    'carbon-appearance',
    'carbon-carbonevents',
    'carbon-carbonevt',
    'carbon-cf',
    'carbon-cg',
    'carbon-cm',
    'carbon-components',
    'carbon-controlaccessor',
    'carbon-controls',
    'carbon-corefounation',
    'carbon-coregraphics',
    'carbon-ctl',
    'carbon-dialogs',
    'carbon-dlg',
    'carbon-drag',
    'carbon-dragconst',
    'carbon-events',
    'carbon-evt',
    'carbon-file',
    'carbon-files',
    'carbon-fm',
    'carbon-folder',
    'carbon-folders',
    'carbon-fonts',
    'carbon-help',
    'carbon-ibcarbon',
    'carbon-ibcarbonruntime',
    'carbon-icns',
    'carbon-icons',
    'carbon-launch',
    'carbon-launchservices',
    'carbon-list',
    'carbon-lists',
    'carbon-machelp',
    'carbon-mediadescr',
    'carbon-menu',
    'carbon-menus',
    'carbon-mlte',
    'carbon-osa',
    'carbon-osaconst',
    'carbon-qd',
    'carbon-qdoffs',
    'carbon-qdoffscreen',
    'carbon-qt',
    'carbon-quickdraw',
    'carbon-quicktime',
    'carbon-res',
    'carbon-resources',
    'carbon-scrap',
    'carbon-snd',
    'carbon-sound',
    'carbon-te',
    'carbon-textedit',
    'carbon-win',
    'carbon-windows',
    'cd',
    'cfmfile',
    'cgi',
    'cgihttpserver',
    'cgitb',
    'chunk',
    'cmath',
    'cmd',
    'code',
    'codecs',
    'codecs-cn',
    'codecs-hk',
    'codecs-iso2022',
    'codecs-jp',
    'codecs-kr',
    'codecs-tw',
    'codeop',
    'collections',
    'collections-abc',
    'collections-main',
    'colorize',
    'colorpicker',
    'colorsys',
    'commands',
    'compat-pickle',
    'compileall',
    'compiler',
    'compiler-ast',
    'compiler-consts',
    'compiler-future',
    'compiler-misc',
    'compiler-pyassem',
    'compiler-pycodegen',
    'compiler-symbols',
    'compiler-syntax',
    'compiler-transformer',
    'compiler-visitor',
    'compression',
    'compression-bz2',
    'compression-common',
    'compression-common-streams',
    'compression-gzip',
    'compression-lzma',
    'compression-zlib',
    'compression-zstd',
    'compression-zstd-zstdfile',
    'concurrent',
    'concurrent-futures',
    'concurrent-futures-base',
    'concurrent-futures-interpreter',
    'concurrent-futures-process',
    'concurrent-futures-thread',
    'concurrent-interpreters',
    'concurrent-interpreters-crossinterp',
    'concurrent-interpreters-queues',
    'configparser',
    'contextlib',
    'contextvars',
    'cookie',
    'cookielib',
    'copy',
    'copy-reg',
    'copyreg',
    'cpickle',
    'cprofile',
    'crypt',
    'cstringio',
    'csv',
    'ctypes',
    'ctypes-aix',
    'ctypes-endian',
    'ctypes-layout',
    'ctypes-macholib',
    'ctypes-macholib-dyld',
    'ctypes-macholib-dylib',
    'ctypes-macholib-framework',
    'ctypes-test',
    'ctypes-test-main',
    'ctypes-test-runtests',
    'ctypes-test-test-anon',
    'ctypes-test-test-array-in-pointer',
    'ctypes-test-test-arrays',
    'ctypes-test-test-as-parameter',
    'ctypes-test-test-bitfields',
    'ctypes-test-test-buffers',
    'ctypes-test-test-bytes',
    'ctypes-test-test-byteswap',
    'ctypes-test-test-callbacks',
    'ctypes-test-test-cast',
    'ctypes-test-test-cfuncs',
    'ctypes-test-test-checkretval',
    'ctypes-test-test-delattr',
    'ctypes-test-test-errno',
    'ctypes-test-test-find',
    'ctypes-test-test-frombuffer',
    'ctypes-test-test-funcptr',
    'ctypes-test-test-functions',
    'ctypes-test-test-incomplete',
    'ctypes-test-test-init',
    'ctypes-test-test-internals',
    'ctypes-test-test-keeprefs',
    'ctypes-test-test-libc',
    'ctypes-test-test-loading',
    'ctypes-test-test-macholib',
    'ctypes-test-test-memfunctions',
    'ctypes-test-test-numbers',
    'ctypes-test-test-objects',
    'ctypes-test-test-parameters',
    'ctypes-test-test-pep3118',
    'ctypes-test-test-pickling',
    'ctypes-test-test-pointers',
    'ctypes-test-test-prototypes',
    'ctypes-test-test-python-api',
    'ctypes-test-test-random-things',
    'ctypes-test-test-refcounts',
    'ctypes-test-test-repr',
    'ctypes-test-test-returnfuncptrs',
    'ctypes-test-test-simplesubclasses',
    'ctypes-test-test-sizes',
    'ctypes-test-test-slicing',
    'ctypes-test-test-stringptr',
    'ctypes-test-test-strings',
    'ctypes-test-test-struct-fields',
    'ctypes-test-test-structures',
    'ctypes-test-test-unaligned-structures',
    'ctypes-test-test-unicode',
    'ctypes-test-test-values',
    'ctypes-test-test-varsize-struct',
    'ctypes-test-test-win32',
    'ctypes-test-test-wintypes',
    'ctypes-util',
    'ctypes-wintypes',
    'curses',
    'curses-ascii',
    'curses-has-key',
    'curses-panel',
    'curses-textpad',
    'curses-wrapper',
    'dataclasses',
    'datetime',
    'dbhash',
    'dbm',
    'dbm-dumb',
    'dbm-gnu',
    'dbm-ndbm',
    'dbm-sqlite3',
    'decimal',
    'device',
    'dialog',
    'difflib',
    'dircache',
    'dis',
    'distutils',
    'distutils-archive-util',
    'distutils-bcppcompiler',
    'distutils-ccompiler',
    'distutils-cmd',
    'distutils-collections',
    'distutils-command',
    'distutils-command-bdist',
    'distutils-command-bdist-dumb',
    'distutils-command-bdist-msi',
    'distutils-command-bdist-packager',
    'distutils-command-bdist-rpm',
    'distutils-command-bdist-wininst',
    'distutils-command-build',
    'distutils-command-build-clib',
    'distutils-command-build-ext',
    'distutils-command-build-py',
    'distutils-command-build-scripts',
    'distutils-command-check',
    'distutils-command-clean',
    'distutils-command-config',
    'distutils-command-framework-compat',
    'distutils-command-install',
    'distutils-command-install-data',
    'distutils-command-install-egg-info',
    'distutils-command-install-headers',
    'distutils-command-install-lib',
    'distutils-command-install-scripts',
    'distutils-command-py37compat',
    'distutils-command-register',
    'distutils-command-sdist',
    'distutils-command-upload',
    'distutils-config',
    'distutils-core',
    'distutils-cygwinccompiler',
    'distutils-debug',
    'distutils-dep-util',
    'distutils-dir-util',
    'distutils-dist',
    'distutils-emxccompiler',
    'distutils-errors',
    'distutils-extension',
    'distutils-fancy-getopt',
    'distutils-file-util',
    'distutils-filelist',
    'distutils-functools',
    'distutils-log',
    'distutils-macos-compat',
    'distutils-msvc9compiler',
    'distutils-msvccompiler',
    'distutils-mwerkscompiler',
    'distutils-py38compat',
    'distutils-py39compat',
    'distutils-spawn',
    'distutils-sysconfig',
    'distutils-tests',
    'distutils-tests-setuptools-build-ext',
    'distutils-tests-setuptools-extension',
    'distutils-tests-support',
    'distutils-tests-test-archive-util',
    'distutils-tests-test-bdist',
    'distutils-tests-test-bdist-dumb',
    'distutils-tests-test-bdist-msi',
    'distutils-tests-test-bdist-rpm',
    'distutils-tests-test-bdist-wininst',
    'distutils-tests-test-build',
    'distutils-tests-test-build-clib',
    'distutils-tests-test-build-ext',
    'distutils-tests-test-build-py',
    'distutils-tests-test-build-scripts',
    'distutils-tests-test-ccompiler',
    'distutils-tests-test-check',
    'distutils-tests-test-clean',
    'distutils-tests-test-cmd',
    'distutils-tests-test-config',
    'distutils-tests-test-config-cmd',
    'distutils-tests-test-core',
    'distutils-tests-test-cygwinccompiler',
    'distutils-tests-test-dep-util',
    'distutils-tests-test-dir-util',
    'distutils-tests-test-dist',
    'distutils-tests-test-extension',
    'distutils-tests-test-file-util',
    'distutils-tests-test-filelist',
    'distutils-tests-test-install',
    'distutils-tests-test-install-data',
    'distutils-tests-test-install-headers',
    'distutils-tests-test-install-lib',
    'distutils-tests-test-install-scripts',
    'distutils-tests-test-log',
    'distutils-tests-test-msvc9compiler',
    'distutils-tests-test-msvccompiler',
    'distutils-tests-test-register',
    'distutils-tests-test-sdist',
    'distutils-tests-test-spawn',
    'distutils-tests-test-sysconfig',
    'distutils-tests-test-text-file',
    'distutils-tests-test-unixccompiler',
    'distutils-tests-test-upload',
    'distutils-tests-test-util',
    'distutils-tests-test-version',
    'distutils-tests-test-versionpredicate',
    'distutils-text-file',
    'distutils-unixccompiler',
    'distutils-util',
    'distutils-version',
    'distutils-versionpredicate',
    'dl',
    'doctest',
    'docxmlrpcserver',
    'dumbdbm',
    'dummy-thread',
    'dummy-threading',
    'easydialogs',
    'elementtree',
    'email',
    'email-base64mime',
    'email-charset',
    'email-contentmanager',
    'email-encoded-words',
    'email-encoders',
    'email-errors',
    'email-feedparser',
    'email-generator',
    'email-header',
    'email-header-value-parser',
    'email-headerregistry',
    'email-iterators',
    'email-message',
    'email-mime',
    'email-mime-application',
    'email-mime-audio',
    'email-mime-base',
    'email-mime-image',
    'email-mime-message',
    'email-mime-multipart',
    'email-mime-nonmultipart',
    'email-mime-text',
    'email-parseaddr',
    'email-parser',
    'email-policy',
    'email-policybase',
    'email-quoprimime',
    'email-test',
    'email-test-test-email',
    'email-test-test-email-codecs',
    'email-test-test-email-codecs-renamed',
    'email-test-test-email-renamed',
    'email-test-test-email-torture',
    'email-utils',
    'encodings',
    'encodings-aliases',
    'encodings-ascii',
    'encodings-base64-codec',
    'encodings-big5',
    'encodings-big5hkscs',
    'encodings-builtin',
    'encodings-bz2-codec',
    'encodings-charmap',
    'encodings-codecs',
    'encodings-cp037',
    'encodings-cp1006',
    'encodings-cp1026',
    'encodings-cp1125',
    'encodings-cp1140',
    'encodings-cp1250',
    'encodings-cp1251',
    'encodings-cp1252',
    'encodings-cp1253',
    'encodings-cp1254',
    'encodings-cp1255',
    'encodings-cp1256',
    'encodings-cp1257',
    'encodings-cp1258',
    'encodings-cp273',
    'encodings-cp424',
    'encodings-cp437',
    'encodings-cp500',
    'encodings-cp65001',
    'encodings-cp720',
    'encodings-cp737',
    'encodings-cp775',
    'encodings-cp850',
    'encodings-cp852',
    'encodings-cp855',
    'encodings-cp856',
    'encodings-cp857',
    'encodings-cp858',
    'encodings-cp860',
    'encodings-cp861',
    'encodings-cp862',
    'encodings-cp863',
    'encodings-cp864',
    'encodings-cp865',
    'encodings-cp866',
    'encodings-cp869',
    'encodings-cp874',
    'encodings-cp875',
    'encodings-cp932',
    'encodings-cp949',
    'encodings-cp950',
    'encodings-encodings',
    'encodings-euc-jis-2004',
    'encodings-euc-jisx0213',
    'encodings-euc-jp',
    'encodings-euc-kr',
    'encodings-gb18030',
    'encodings-gb2312',
    'encodings-gbk',
    'encodings-hex-codec',
    'encodings-hp-roman8',
    'encodings-hz',
    'encodings-idna',
    'encodings-iso2022-jp',
    'encodings-iso2022-jp-1',
    'encodings-iso2022-jp-2',
    'encodings-iso2022-jp-2004',
    'encodings-iso2022-jp-3',
    'encodings-iso2022-jp-ext',
    'encodings-iso2022-kr',
    'encodings-iso8859-1',
    'encodings-iso8859-10',
    'encodings-iso8859-11',
    'encodings-iso8859-13',
    'encodings-iso8859-14',
    'encodings-iso8859-15',
    'encodings-iso8859-16',
    'encodings-iso8859-2',
    'encodings-iso8859-3',
    'encodings-iso8859-4',
    'encodings-iso8859-5',
    'encodings-iso8859-6',
    'encodings-iso8859-7',
    'encodings-iso8859-8',
    'encodings-iso8859-9',
    'encodings-johab',
    'encodings-koi8-r',
    'encodings-koi8-t',
    'encodings-koi8-u',
    'encodings-kz1048',
    'encodings-latin-1',
    'encodings-mac-arabic',
    'encodings-mac-centeuro',
    'encodings-mac-croatian',
    'encodings-mac-cyrillic',
    'encodings-mac-farsi',
    'encodings-mac-greek',
    'encodings-mac-iceland',
    'encodings-mac-latin2',
    'encodings-mac-roman',
    'encodings-mac-romanian',
    'encodings-mac-turkish',
    'encodings-mbcs',
    'encodings-oem',
    'encodings-palmos',
    'encodings-ptcp154',
    'encodings-punycode',
    'encodings-quopri-codec',
    'encodings-raw-unicode-escape',
    'encodings-rot-13',
    'encodings-shift-jis',
    'encodings-shift-jis-2004',
    'encodings-shift-jisx0213',
    'encodings-string-escape',
    'encodings-tis-620',
    'encodings-undefined',
    'encodings-unicode-escape',
    'encodings-unicode-internal',
    'encodings-utf-16',
    'encodings-utf-16-be',
    'encodings-utf-16-le',
    'encodings-utf-32',
    'encodings-utf-32-be',
    'encodings-utf-32-le',
    'encodings-utf-7',
    'encodings-utf-8',
    'encodings-utf-8-sig',
    'encodings-uu-codec',
    'encodings-win-cp-codecs',
    'encodings-zlib-codec',
    'ensurepip',
    'ensurepip-bundled',
    'ensurepip-main',
    'ensurepip-uninstall',
    'enum',
    'errno',
    'exceptions',
    'faulthandler',
    'fcntl',
    'filecmp',
    'filedialog',
    'fileinput',
    'findertools',
    'fixtk',
    'fl',
    'flp',
    'fm',
    'fnmatch',
    'formatter',
    'fpectl',
    'fpformat',
    'fractions',
    'framework',
    'frozen-importlib',
    'frozen-importlib-external',
    'ftplib',
    'functools',
    'future',
    'future-builtins',
    'gc',
    'gdbm',
    'genericpath',
    'gensuitemodule',
    'getopt',
    'getpass',
    'gettext',
    'gl',
    'glob',
    'graphlib',
    'grp',
    'gzip',
    'hashlib',
    'heapq',
    'hmac',
    'hotshot',
    'hotshot-log',
    'hotshot-stats',
    'hotshot-stones',
    'html',
    'html-entities',
    'html-parser',
    'htmlentitydefs',
    'htmllib',
    'htmlparser',
    'http',
    'http-client',
    'http-cookiejar',
    'http-cookies',
    'http-server',
    'httplib',
    'ic',
    'icopen',
    'idlelib',
    'idlelib-aboutdialog',
    'idlelib-autocomplete',
    'idlelib-autocomplete-w',
    'idlelib-autocompletewindow',
    'idlelib-autoexpand',
    'idlelib-bindings',
    'idlelib-browser',
    'idlelib-calltip',
    'idlelib-calltip-w',
    'idlelib-calltips',
    'idlelib-calltipwindow',
    'idlelib-classbrowser',
    'idlelib-codecontext',
    'idlelib-colordelegator',
    'idlelib-colorizer',
    'idlelib-config',
    'idlelib-config-key',
    'idlelib-configdialog',
    'idlelib-confighandler',
    'idlelib-confighelpsourceedit',
    'idlelib-configsectionnamedialog',
    'idlelib-debugger',
    'idlelib-debugger-r',
    'idlelib-debugobj',
    'idlelib-debugobj-r',
    'idlelib-delegator',
    'idlelib-dynoption',
    'idlelib-dynoptionmenuwidget',
    'idlelib-editor',
    'idlelib-editorwindow',
    'idlelib-filelist',
    'idlelib-format',
    'idlelib-formatparagraph',
    'idlelib-grep',
    'idlelib-grepdialog',
    'idlelib-help',
    'idlelib-help-about',
    'idlelib-history',
    'idlelib-hyperparser',
    'idlelib-idle',
    'idlelib-idle-test',
    'idlelib-idle-test-htest',
    'idlelib-idle-test-mock-idle',
    'idlelib-idle-test-mock-tk',
    'idlelib-idle-test-template',
    'idlelib-idle-test-test-autocomplete',
    'idlelib-idle-test-test-autocomplete-w',
    'idlelib-idle-test-test-autoexpand',
    'idlelib-idle-test-test-browser',
    'idlelib-idle-test-test-calltip',
    'idlelib-idle-test-test-calltip-w',
    'idlelib-idle-test-test-calltips',
    'idlelib-idle-test-test-codecontext',
    'idlelib-idle-test-test-colorizer',
    'idlelib-idle-test-test-config',
    'idlelib-idle-test-test-config-help',
    'idlelib-idle-test-test-config-key',
    'idlelib-idle-test-test-config-name',
    'idlelib-idle-test-test-configdialog',
    'idlelib-idle-test-test-debugger',
    'idlelib-idle-test-test-debugger-r',
    'idlelib-idle-test-test-debugobj',
    'idlelib-idle-test-test-debugobj-r',
    'idlelib-idle-test-test-delegator',
    'idlelib-idle-test-test-editmenu',
    'idlelib-idle-test-test-editor',
    'idlelib-idle-test-test-filelist',
    'idlelib-idle-test-test-format',
    'idlelib-idle-test-test-formatparagraph',
    'idlelib-idle-test-test-grep',
    'idlelib-idle-test-test-help',
    'idlelib-idle-test-test-help-about',
    'idlelib-idle-test-test-helpabout',
    'idlelib-idle-test-test-history',
    'idlelib-idle-test-test-hyperparser',
    'idlelib-idle-test-test-idlehistory',
    'idlelib-idle-test-test-io',
    'idlelib-idle-test-test-iomenu',
    'idlelib-idle-test-test-macosx',
    'idlelib-idle-test-test-mainmenu',
    'idlelib-idle-test-test-multicall',
    'idlelib-idle-test-test-outwin',
    'idlelib-idle-test-test-paragraph',
    'idlelib-idle-test-test-parenmatch',
    'idlelib-idle-test-test-pathbrowser',
    'idlelib-idle-test-test-percolator',
    'idlelib-idle-test-test-pyparse',
    'idlelib-idle-test-test-pyshell',
    'idlelib-idle-test-test-query',
    'idlelib-idle-test-test-redirector',
    'idlelib-idle-test-test-replace',
    'idlelib-idle-test-test-replacedialog',
    'idlelib-idle-test-test-rpc',
    'idlelib-idle-test-test-rstrip',
    'idlelib-idle-test-test-run',
    'idlelib-idle-test-test-runscript',
    'idlelib-idle-test-test-scrolledlist',
    'idlelib-idle-test-test-search',
    'idlelib-idle-test-test-searchbase',
    'idlelib-idle-test-test-searchdialog',
    'idlelib-idle-test-test-searchdialogbase',
    'idlelib-idle-test-test-searchengine',
    'idlelib-idle-test-test-sidebar',
    'idlelib-idle-test-test-squeezer',
    'idlelib-idle-test-test-stackviewer',
    'idlelib-idle-test-test-statusbar',
    'idlelib-idle-test-test-text',
    'idlelib-idle-test-test-textview',
    'idlelib-idle-test-test-tooltip',
    'idlelib-idle-test-test-tree',
    'idlelib-idle-test-test-undo',
    'idlelib-idle-test-test-undodelegator',
    'idlelib-idle-test-test-util',
    'idlelib-idle-test-test-warning',
    'idlelib-idle-test-test-widgetredir',
    'idlelib-idle-test-test-window',
    'idlelib-idle-test-test-zoomheight',
    'idlelib-idle-test-test-zzdummy',
    'idlelib-idle-test-tkinter-testing-utils',
    'idlelib-idlehistory',
    'idlelib-idlever',
    'idlelib-iobinding',
    'idlelib-iomenu',
    'idlelib-keybindingdialog',
    'idlelib-macosx',
    'idlelib-macosxsupport',
    'idlelib-main',
    'idlelib-mainmenu',
    'idlelib-multicall',
    'idlelib-multistatusbar',
    'idlelib-objectbrowser',
    'idlelib-outputwindow',
    'idlelib-outwin',
    'idlelib-paragraph',
    'idlelib-parenmatch',
    'idlelib-pathbrowser',
    'idlelib-percolator',
    'idlelib-pyclbr',
    'idlelib-pyparse',
    'idlelib-pyshell',
    'idlelib-query',
    'idlelib-redirector',
    'idlelib-remotedebugger',
    'idlelib-remoteobjectbrowser',
    'idlelib-replace',
    'idlelib-replacedialog',
    'idlelib-rpc',
    'idlelib-rstrip',
    'idlelib-rstripextension',
    'idlelib-run',
    'idlelib-runscript',
    'idlelib-scriptbinding',
    'idlelib-scrolledlist',
    'idlelib-search',
    'idlelib-searchbase',
    'idlelib-searchdialog',
    'idlelib-searchdialogbase',
    'idlelib-searchengine',
    'idlelib-sidebar',
    'idlelib-squeezer',
    'idlelib-stackviewer',
    'idlelib-statusbar',
    'idlelib-tabbedpages',
    'idlelib-textview',
    'idlelib-tooltip',
    'idlelib-tree',
    'idlelib-treewidget',
    'idlelib-undo',
    'idlelib-undodelegator',
    'idlelib-util',
    'idlelib-widgetredirector',
    'idlelib-window',
    'idlelib-windowlist',
    'idlelib-zoomheight',
    'idlelib-zzdummy',
    'ihooks',
    'imageop',
    'imaplib',
    'imgfile',
    'imghdr',
    'imp',
    'importlib',
    'importlib-abc',
    'importlib-adapters',
    'importlib-bootstrap',
    'importlib-bootstrap-external',
    'importlib-common',
    'importlib-machinery',
    'importlib-metadata',
    'importlib-metadata-adapters',
    'importlib-metadata-collections',
    'importlib-metadata-diagnose',
    'importlib-metadata-functools',
    'importlib-metadata-itertools',
    'importlib-metadata-meta',
    'importlib-metadata-text',
    'importlib-readers',
    'importlib-resources',
    'importlib-resources-abc',
    'importlib-resources-adapters',
    'importlib-resources-common',
    'importlib-resources-functional',
    'importlib-resources-itertools',
    'importlib-resources-legacy',
    'importlib-resources-readers',
    'importlib-resources-simple',
    'importlib-simple',
    'importlib-util',
    'imputil',
    'inspect',
    'interpchannels',
    'interpqueues',
    'interpreters',
    'io',
    'ios-support',
    'ipaddress',
    'itertools',
    'jpeg',
    'json',
    'json-decoder',
    'json-encoder',
    'json-json',
    'json-main',
    'json-re',
    'json-scanner',
    'json-struct',
    'json-sys',
    'json-tests',
    'json-tests-test-check-circular',
    'json-tests-test-decode',
    'json-tests-test-default',
    'json-tests-test-dump',
    'json-tests-test-encode-basestring-ascii',
    'json-tests-test-fail',
    'json-tests-test-float',
    'json-tests-test-indent',
    'json-tests-test-pass1',
    'json-tests-test-pass2',
    'json-tests-test-pass3',
    'json-tests-test-recursion',
    'json-tests-test-scanstring',
    'json-tests-test-separators',
    'json-tests-test-speedups',
    'json-tests-test-tool',
    'json-tests-test-unicode',
    'json-tool',
    'keyword',
    'lib',
    'lib-libpython3',
    'lib2to3',
    'lib2to3-btm-matcher',
    'lib2to3-btm-utils',
    'lib2to3-fixer-base',
    'lib2to3-fixer-util',
    'lib2to3-fixes',
    'lib2to3-fixes-fix-apply',
    'lib2to3-fixes-fix-asserts',
    'lib2to3-fixes-fix-basestring',
    'lib2to3-fixes-fix-buffer',
    'lib2to3-fixes-fix-callable',
    'lib2to3-fixes-fix-dict',
    'lib2to3-fixes-fix-except',
    'lib2to3-fixes-fix-exec',
    'lib2to3-fixes-fix-execfile',
    'lib2to3-fixes-fix-exitfunc',
    'lib2to3-fixes-fix-filter',
    'lib2to3-fixes-fix-funcattrs',
    'lib2to3-fixes-fix-future',
    'lib2to3-fixes-fix-getcwdu',
    'lib2to3-fixes-fix-has-key',
    'lib2to3-fixes-fix-idioms',
    'lib2to3-fixes-fix-import',
    'lib2to3-fixes-fix-imports',
    'lib2to3-fixes-fix-imports2',
    'lib2to3-fixes-fix-input',
    'lib2to3-fixes-fix-intern',
    'lib2to3-fixes-fix-isinstance',
    'lib2to3-fixes-fix-itertools',
    'lib2to3-fixes-fix-itertools-imports',
    'lib2to3-fixes-fix-long',
    'lib2to3-fixes-fix-map',
    'lib2to3-fixes-fix-metaclass',
    'lib2to3-fixes-fix-methodattrs',
    'lib2to3-fixes-fix-ne',
    'lib2to3-fixes-fix-next',
    'lib2to3-fixes-fix-nonzero',
    'lib2to3-fixes-fix-numliterals',
    'lib2to3-fixes-fix-operator',
    'lib2to3-fixes-fix-paren',
    'lib2to3-fixes-fix-print',
    'lib2to3-fixes-fix-raise',
    'lib2to3-fixes-fix-raw-input',
    'lib2to3-fixes-fix-reduce',
    'lib2to3-fixes-fix-reload',
    'lib2to3-fixes-fix-renames',
    'lib2to3-fixes-fix-repr',
    'lib2to3-fixes-fix-set-literal',
    'lib2to3-fixes-fix-standarderror',
    'lib2to3-fixes-fix-sys-exc',
    'lib2to3-fixes-fix-throw',
    'lib2to3-fixes-fix-tuple-params',
    'lib2to3-fixes-fix-types',
    'lib2to3-fixes-fix-unicode',
    'lib2to3-fixes-fix-urllib',
    'lib2to3-fixes-fix-ws-comma',
    'lib2to3-fixes-fix-xrange',
    'lib2to3-fixes-fix-xreadlines',
    'lib2to3-fixes-fix-zip',
    'lib2to3-main',
    'lib2to3-patcomp',
    'lib2to3-pgen2',
    'lib2to3-pgen2-conv',
    'lib2to3-pgen2-driver',
    'lib2to3-pgen2-grammar',
    'lib2to3-pgen2-literals',
    'lib2to3-pgen2-parse',
    'lib2to3-pgen2-pgen',
    'lib2to3-pgen2-token',
    'lib2to3-pgen2-tokenize',
    'lib2to3-pygram',
    'lib2to3-pytree',
    'lib2to3-refactor',
    'lib2to3-tests',
    'lib2to3-tests-data',
    'lib2to3-tests-data-bom',
    'lib2to3-tests-data-crlf',
    'lib2to3-tests-data-different-encoding',
    'lib2to3-tests-data-false-encoding',
    'lib2to3-tests-data-fixers',
    'lib2to3-tests-data-fixers-bad-order',
    'lib2to3-tests-data-fixers-myfixes',
    'lib2to3-tests-data-fixers-myfixes-fix-explicit',
    'lib2to3-tests-data-fixers-myfixes-fix-first',
    'lib2to3-tests-data-fixers-myfixes-fix-last',
    'lib2to3-tests-data-fixers-myfixes-fix-parrot',
    'lib2to3-tests-data-fixers-myfixes-fix-preorder',
    'lib2to3-tests-data-fixers-no-fixer-cls',
    'lib2to3-tests-data-fixers-parrot-example',
    'lib2to3-tests-data-infinite-recursion',
    'lib2to3-tests-data-py2-test-grammar',
    'lib2to3-tests-data-py3-test-grammar',
    'lib2to3-tests-main',
    'lib2to3-tests-pytree-idempotency',
    'lib2to3-tests-support',
    'lib2to3-tests-test-all-fixers',
    'lib2to3-tests-test-fixers',
    'lib2to3-tests-test-main',
    'lib2to3-tests-test-parser',
    'lib2to3-tests-test-pytree',
    'lib2to3-tests-test-refactor',
    'lib2to3-tests-test-util',
    'linecache',
    'linuxaudiodev',
    'locale',
    'logging',
    'logging-config',
    'logging-handlers',
    'lsprof',
    'lwpcookiejar',
    'lzma',
    'macerrors',
    'macos',
    'macostools',
    'macpath',
    'macresource',
    'macurl2path',
    'mailbox',
    'mailcap',
    'main',
    'markupbase',
    'marshal',
    'math',
    'md5',
    'mhlib',
    'mimetools',
    'mimetypes',
    'mimewriter',
    'mimify',
    'miniaeframe',
    'mmap',
    'modulefinder',
    'mozillacookiejar',
    'msi',
    'msilib',
    'msvcrt',
    'multibytecodec',
    'multifile',
    'multiprocessing',
    'multiprocessing-connection',
    'multiprocessing-context',
    'multiprocessing-dummy',
    'multiprocessing-dummy-connection',
    'multiprocessing-forking',
    'multiprocessing-forkserver',
    'multiprocessing-heap',
    'multiprocessing-managers',
    'multiprocessing-pool',
    'multiprocessing-popen-fork',
    'multiprocessing-popen-forkserver',
    'multiprocessing-popen-spawn-posix',
    'multiprocessing-popen-spawn-win32',
    'multiprocessing-process',
    'multiprocessing-queues',
    'multiprocessing-reduction',
    'multiprocessing-resource-sharer',
    'multiprocessing-resource-tracker',
    'multiprocessing-semaphore-tracker',
    'multiprocessing-shared-memory',
    'multiprocessing-sharedctypes',
    'multiprocessing-spawn',
    'multiprocessing-synchronize',
    'multiprocessing-util',
    'mutex',
    'nav',
    'netrc',
    'new',
    'nis',
    'nntplib',
    'nt',
    'ntpath',
    'nturl2path',
    'numbers',
    'opcode',
    'opcode-metadata',
    'operator',
    'optparse',
    'os',
    'os-path',
    'os2emxpath',
    'ossaudiodev',
    'osx-support',
    'overlapped',
    'parser',
    'pathlib',
    'pathlib-abc',
    'pathlib-local',
    'pathlib-os',
    'pathlib-types',
    'pdb',
    'peg-parser',
    'phello',
    'phello-foo',
    'pickle',
    'pickletools',
    'pipes',
    'pixmapwrapper',
    'pkgutil',
    'platform',
    'plistlib',
    'popen2',
    'poplib',
    'posix',
    'posixfile',
    'posixpath',
    'posixshmem',
    'posixsubprocess',
    'pprint',
    'profile',
    'pstats',
    'pty',
    'pwd',
    'py-abc',
    'py-compile',
    'py-warnings',
    'pyclbr',
    'pydatetime',
    'pydecimal',
    'pydoc',
    'pydoc-data',
    'pydoc-data-topics',
    'pyexpat',
    'pyexpat-errors',
    'pyexpat-model',
    'pyio',
    'pylong',
    'pyrepl',
    'pyrepl-base-eventqueue',
    'pyrepl-commands',
    'pyrepl-completing-reader',
    'pyrepl-console',
    'pyrepl-curses',
    'pyrepl-fancy-termios',
    'pyrepl-historical-reader',
    'pyrepl-input',
    'pyrepl-keymap',
    'pyrepl-main',
    'pyrepl-minimal-curses',
    'pyrepl-module-completer',
    'pyrepl-pager',
    'pyrepl-reader',
    'pyrepl-readline',
    'pyrepl-simple-interact',
    'pyrepl-terminfo',
    'pyrepl-threading-handler',
    'pyrepl-trace',
    'pyrepl-types',
    'pyrepl-unix-console',
    'pyrepl-unix-eventqueue',
    'pyrepl-utils',
    'pyrepl-windows-console',
    'pyrepl-windows-eventqueue',
    'queue',
    'quopri',
    'random',
    're',
    're-casefix',
    're-compiler',
    're-constants',
    're-parser',
    'readline',
    'remote-debugging',
    'repr',
    'reprlib',
    'resource',
    'rexec',
    'rfc822',
    'rlcompleter',
    'robotparser',
    'runpy',
    'sched',
    'scproxy',
    'scrolledtext',
    'secrets',
    'select',
    'selectors',
    'sets',
    'sgmllib',
    'sha',
    'sha1',
    'sha2',
    'sha256',
    'sha3',
    'sha512',
    'shelve',
    'shlex',
    'shutil',
    'signal',
    'simpledialog',
    'simplehttpserver',
    'simplexmlrpcserver',
    'site',
    'sitebuiltins',
    'smtpd',
    'smtplib',
    'sndhdr',
    'socket',
    'socketserver',
    'spwd',
    'sqlite3',
    'sqlite3-dbapi2',
    'sqlite3-dump',
    'sqlite3-main',
    'sqlite3-test',
    'sqlite3-test-backup',
    'sqlite3-test-dbapi',
    'sqlite3-test-dump',
    'sqlite3-test-factory',
    'sqlite3-test-hooks',
    'sqlite3-test-py25tests',
    'sqlite3-test-regression',
    'sqlite3-test-transactions',
    'sqlite3-test-types',
    'sqlite3-test-userfunctions',
    'sre',
    'sre-compile',
    'sre-constants',
    'sre-parse',
    'ssl',
    'stat',
    'statistics',
    'statvfs',
    'string',
    'string-templatelib',
    'stringio',
    'stringold',
    'stringprep',
    'strop',
    'strptime',
    'struct',
    'subprocess',
    'suggestions',
    'sunau',
    'sunaudio',
    'sunaudiodev',
    'symbol',
    'symtable',
    'sys',
    'sysconfig',
    'sysconfig-main',
    'sysconfigdata',
    'sysconfigdata-x86-64-conda-cos6-linux-gnu',
    'sysconfigdata-x86-64-conda-linux-gnu',
    'syslog',
    'tabnanny',
    'tarfile',
    'telnetlib',
    'tempfile',
    'termios',
    'test',
    'test-ann-module',
    'test-ann-module2',
    'test-ann-module3',
    'test-ann-module5',
    'test-ann-module6',
    'test-ann-module7',
    'test-audiotests',
    'test-audit-tests',
    'test-autotest',
    'test-bad-coding',
    'test-bad-coding2',
    'test-bad-coding3',
    'test-bad-getattr',
    'test-bad-getattr2',
    'test-bad-getattr3',
    'test-badsyntax-3131',
    'test-badsyntax-async1',
    'test-badsyntax-async2',
    'test-badsyntax-async3',
    'test-badsyntax-async4',
    'test-badsyntax-async5',
    'test-badsyntax-async6',
    'test-badsyntax-async7',
    'test-badsyntax-async8',
    'test-badsyntax-future10',
    'test-badsyntax-future3',
    'test-badsyntax-future4',
    'test-badsyntax-future5',
    'test-badsyntax-future6',
    'test-badsyntax-future7',
    'test-badsyntax-future8',
    'test-badsyntax-future9',
    'test-badsyntax-nocaret',
    'test-badsyntax-pep3120',
    'test-bisect',
    'test-bisect-cmd',
    'test-buffer-tests',
    'test-bytecode-helper',
    'test-coding20731',
    'test-curses-tests',
    'test-dataclass-module-1',
    'test-dataclass-module-1-str',
    'test-dataclass-module-2',
    'test-dataclass-module-2-str',
    'test-dataclass-textanno',
    'test-datetimetester',
    'test-dis-module',
    'test-doctest-aliases',
    'test-double-const',
    'test-dtracedata',
    'test-dtracedata-call-stack',
    'test-dtracedata-gc',
    'test-dtracedata-instance',
    'test-dtracedata-line',
    'test-eintrdata',
    'test-eintrdata-eintr-tester',
    'test-encoded-modules',
    'test-encoded-modules-module-iso-8859-1',
    'test-encoded-modules-module-koi8-r',
    'test-final-a',
    'test-final-b',
    'test-fork-wait',
    'test-future-test1',
    'test-future-test2',
    'test-gdb-sample',
    'test-good-getattr',
    'test-imp-dummy',
    'test-infinite-reload',
    'test-inspect-fodder',
    'test-inspect-fodder2',
    'test-libregrtest',
    'test-libregrtest-cmdline',
    'test-libregrtest-main',
    'test-libregrtest-pgo',
    'test-libregrtest-refleak',
    'test-libregrtest-runtest',
    'test-libregrtest-runtest-mp',
    'test-libregrtest-save-env',
    'test-libregrtest-setup',
    'test-libregrtest-utils',
    'test-libregrtest-win-utils',
    'test-list-tests',
    'test-lock-tests',
    'test-main',
    'test-make-ssl-certs',
    'test-mapping-tests',
    'test-memory-watchdog',
    'test-mock-backport',
    'test-mock-socket',
    'test-mod-generics-cache',
    'test-mp-fork-bomb',
    'test-mp-preload',
    'test-multibytecodec-support',
    'test-outstanding-bugs',
    'test-pickletester',
    'test-profilee',
    'test-pyclbr-input',
    'test-pydoc-mod',
    'test-pydocfodder',
    'test-pystone',
    'test-pythoninfo',
    'test-re-tests',
    'test-regrtest',
    'test-relimport',
    'test-reperf',
    'test-sample-doctest',
    'test-sample-doctest-no-docstrings',
    'test-sample-doctest-no-doctests',
    'test-script-helper',
    'test-seq-tests',
    'test-signalinterproctester',
    'test-sortperf',
    'test-ssl-servers',
    'test-ssltests',
    'test-string-tests',
    'test-subprocessdata',
    'test-subprocessdata-fd-status',
    'test-subprocessdata-input-reader',
    'test-subprocessdata-qcat',
    'test-subprocessdata-qgrep',
    'test-subprocessdata-sigchild-ignore',
    'test-support',
    'test-support-bytecode-helper',
    'test-support-hashlib-helper',
    'test-support-logging-helper',
    'test-support-script-helper',
    'test-support-socket-helper',
    'test-support-testresult',
    'test-support-warnings-helper',
    'test-symlink-support',
    'test-test-abc',
    'test-test-abstract-numbers',
    'test-test-aepack',
    'test-test-aifc',
    'test-test-al',
    'test-test-all',
    'test-test-anydbm',
    'test-test-applesingle',
    'test-test-argparse',
    'test-test-array',
    'test-test-ascii-formatd',
    'test-test-asdl-parser',
    'test-test-ast',
    'test-test-asyncgen',
    'test-test-asynchat',
    'test-test-asyncio',
    'test-test-asyncio-echo',
    'test-test-asyncio-echo2',
    'test-test-asyncio-echo3',
    'test-test-asyncio-functional',
    'test-test-asyncio-main',
    'test-test-asyncio-test-asyncio-waitfor',
    'test-test-asyncio-test-base-events',
    'test-test-asyncio-test-buffered-proto',
    'test-test-asyncio-test-context',
    'test-test-asyncio-test-events',
    'test-test-asyncio-test-futures',
    'test-test-asyncio-test-futures2',
    'test-test-asyncio-test-locks',
    'test-test-asyncio-test-pep492',
    'test-test-asyncio-test-proactor-events',
    'test-test-asyncio-test-protocols',
    'test-test-asyncio-test-queues',
    'test-test-asyncio-test-runners',
    'test-test-asyncio-test-selector-events',
    'test-test-asyncio-test-sendfile',
    'test-test-asyncio-test-server',
    'test-test-asyncio-test-sock-lowlevel',
    'test-test-asyncio-test-sslproto',
    'test-test-asyncio-test-streams',
    'test-test-asyncio-test-subprocess',
    'test-test-asyncio-test-tasks',
    'test-test-asyncio-test-threads',
    'test-test-asyncio-test-transports',
    'test-test-asyncio-test-unix-events',
    'test-test-asyncio-test-waitfor',
    'test-test-asyncio-test-windows-events',
    'test-test-asyncio-test-windows-utils',
    'test-test-asyncio-utils',
    'test-test-asyncore',
    'test-test-atexit',
    'test-test-audioop',
    'test-test-audit',
    'test-test-augassign',
    'test-test-base64',
    'test-test-baseexception',
    'test-test-bastion',
    'test-test-bdb',
    'test-test-bigaddrspace',
    'test-test-bigmem',
    'test-test-binascii',
    'test-test-binhex',
    'test-test-binop',
    'test-test-bisect',
    'test-test-bool',
    'test-test-bsddb',
    'test-test-bsddb185',
    'test-test-bsddb3',
    'test-test-buffer',
    'test-test-bufio',
    'test-test-builtin',
    'test-test-bytes',
    'test-test-bz2',
    'test-test-c-locale-coercion',
    'test-test-calendar',
    'test-test-call',
    'test-test-capi',
    'test-test-cd',
    'test-test-cfgparser',
    'test-test-cgi',
    'test-test-cgitb',
    'test-test-charmapcodec',
    'test-test-check-c-globals',
    'test-test-cl',
    'test-test-class',
    'test-test-clinic',
    'test-test-cmath',
    'test-test-cmd',
    'test-test-cmd-line',
    'test-test-cmd-line-script',
    'test-test-code',
    'test-test-code-module',
    'test-test-codeccallbacks',
    'test-test-codecencodings-cn',
    'test-test-codecencodings-hk',
    'test-test-codecencodings-iso2022',
    'test-test-codecencodings-jp',
    'test-test-codecencodings-kr',
    'test-test-codecencodings-tw',
    'test-test-codecmaps-cn',
    'test-test-codecmaps-hk',
    'test-test-codecmaps-jp',
    'test-test-codecmaps-kr',
    'test-test-codecmaps-tw',
    'test-test-codecs',
    'test-test-codeop',
    'test-test-coercion',
    'test-test-collections',
    'test-test-colorsys',
    'test-test-commands',
    'test-test-compare',
    'test-test-compile',
    'test-test-compileall',
    'test-test-compiler',
    'test-test-complex',
    'test-test-complex-args',
    'test-test-concurrent-futures',
    'test-test-configparser',
    'test-test-contains',
    'test-test-context',
    'test-test-contextlib',
    'test-test-contextlib-async',
    'test-test-cookie',
    'test-test-cookielib',
    'test-test-copy',
    'test-test-copy-reg',
    'test-test-copyreg',
    'test-test-coroutines',
    'test-test-cpickle',
    'test-test-cprofile',
    'test-test-crashers',
    'test-test-crypt',
    'test-test-csv',
    'test-test-ctypes',
    'test-test-curses',
    'test-test-dataclasses',
    'test-test-datetime',
    'test-test-dbm',
    'test-test-dbm-dumb',
    'test-test-dbm-gnu',
    'test-test-dbm-ndbm',
    'test-test-decimal',
    'test-test-decorators',
    'test-test-defaultdict',
    'test-test-deque',
    'test-test-descr',
    'test-test-descrtut',
    'test-test-devpoll',
    'test-test-dict',
    'test-test-dict-version',
    'test-test-dictcomps',
    'test-test-dictviews',
    'test-test-difflib',
    'test-test-dircache',
    'test-test-dis',
    'test-test-distutils',
    'test-test-dl',
    'test-test-doctest',
    'test-test-doctest2',
    'test-test-docxmlrpc',
    'test-test-dtrace',
    'test-test-dumbdbm',
    'test-test-dummy-thread',
    'test-test-dummy-threading',
    'test-test-dynamic',
    'test-test-dynamicclassattribute',
    'test-test-eintr',
    'test-test-email',
    'test-test-email-codecs',
    'test-test-email-main',
    'test-test-email-renamed',
    'test-test-email-test-asian-codecs',
    'test-test-email-test-contentmanager',
    'test-test-email-test-defect-handling',
    'test-test-email-test-email',
    'test-test-email-test-encoded-words',
    'test-test-email-test-generator',
    'test-test-email-test-header-value-parser',
    'test-test-email-test-headerregistry',
    'test-test-email-test-inversion',
    'test-test-email-test-message',
    'test-test-email-test-parser',
    'test-test-email-test-pickleable',
    'test-test-email-test-policy',
    'test-test-email-test-utils',
    'test-test-email-torture-test',
    'test-test-embed',
    'test-test-ensurepip',
    'test-test-enum',
    'test-test-enumerate',
    'test-test-eof',
    'test-test-epoll',
    'test-test-errno',
    'test-test-exception-hierarchy',
    'test-test-exception-variations',
    'test-test-exceptions',
    'test-test-extcall',
    'test-test-faulthandler',
    'test-test-fcntl',
    'test-test-file',
    'test-test-file-eintr',
    'test-test-file2k',
    'test-test-filecmp',
    'test-test-fileinput',
    'test-test-fileio',
    'test-test-finalization',
    'test-test-float',
    'test-test-flufl',
    'test-test-fnmatch',
    'test-test-fork1',
    'test-test-format',
    'test-test-fpformat',
    'test-test-fractions',
    'test-test-frame',
    'test-test-frozen',
    'test-test-fstring',
    'test-test-ftplib',
    'test-test-funcattrs',
    'test-test-functools',
    'test-test-future',
    'test-test-future-builtins',
    'test-test-future1',
    'test-test-future2',
    'test-test-future3',
    'test-test-future4',
    'test-test-future5',
    'test-test-gc',
    'test-test-gdb',
    'test-test-gdbm',
    'test-test-generator-stop',
    'test-test-generators',
    'test-test-genericalias',
    'test-test-genericclass',
    'test-test-genericpath',
    'test-test-genexps',
    'test-test-getargs',
    'test-test-getargs2',
    'test-test-getopt',
    'test-test-getpass',
    'test-test-gettext',
    'test-test-gl',
    'test-test-glob',
    'test-test-global',
    'test-test-grammar',
    'test-test-graphlib',
    'test-test-grp',
    'test-test-gzip',
    'test-test-hash',
    'test-test-hashlib',
    'test-test-heapq',
    'test-test-hmac',
    'test-test-hotshot',
    'test-test-html',
    'test-test-htmllib',
    'test-test-htmlparser',
    'test-test-http-cookiejar',
    'test-test-http-cookies',
    'test-test-httplib',
    'test-test-httpservers',
    'test-test-idle',
    'test-test-imageop',
    'test-test-imaplib',
    'test-test-imgfile',
    'test-test-imghdr',
    'test-test-imp',
    'test-test-import',
    'test-test-import-data',
    'test-test-import-data-circular-imports',
    'test-test-import-data-circular-imports-basic',
    'test-test-import-data-circular-imports-basic2',
    'test-test-import-data-circular-imports-binding',
    'test-test-import-data-circular-imports-binding2',
    'test-test-import-data-circular-imports-from-cycle1',
    'test-test-import-data-circular-imports-from-cycle2',
    'test-test-import-data-circular-imports-indirect',
    'test-test-import-data-circular-imports-rebinding',
    'test-test-import-data-circular-imports-rebinding2',
    'test-test-import-data-circular-imports-source',
    'test-test-import-data-circular-imports-subpackage',
    'test-test-import-data-circular-imports-subpkg',
    'test-test-import-data-circular-imports-subpkg-subpackage2',
    'test-test-import-data-circular-imports-subpkg-util',
    'test-test-import-data-circular-imports-use',
    'test-test-import-data-circular-imports-util',
    'test-test-import-data-package',
    'test-test-import-data-package-submodule',
    'test-test-import-data-package2',
    'test-test-import-data-package2-submodule1',
    'test-test-import-data-package2-submodule2',
    'test-test-import-magic',
    'test-test-import-main',
    'test-test-importhooks',
    'test-test-importlib',
    'test-test-importlib-abc',
    'test-test-importlib-builtin',
    'test-test-importlib-builtin-main',
    'test-test-importlib-builtin-test-finder',
    'test-test-importlib-builtin-test-loader',
    'test-test-importlib-builtin-util',
    'test-test-importlib-data',
    'test-test-importlib-data01',
    'test-test-importlib-data01-subdirectory',
    'test-test-importlib-data02',
    'test-test-importlib-data02-one',
    'test-test-importlib-data02-two',
    'test-test-importlib-data03',
    'test-test-importlib-data03-namespace',
    'test-test-importlib-data03-namespace-portion1',
    'test-test-importlib-data03-namespace-portion2',
    'test-test-importlib-extension',
    'test-test-importlib-extension-main',
    'test-test-importlib-extension-test-case-sensitivity',
    'test-test-importlib-extension-test-finder',
    'test-test-importlib-extension-test-loader',
    'test-test-importlib-extension-test-path-hook',
    'test-test-importlib-extension-util',
    'test-test-importlib-fixtures',
    'test-test-importlib-frozen',
    'test-test-importlib-frozen-main',
    'test-test-importlib-frozen-test-finder',
    'test-test-importlib-frozen-test-loader',
    'test-test-importlib-import',
    'test-test-importlib-import-main',
    'test-test-importlib-import-test-api',
    'test-test-importlib-import-test-caching',
    'test-test-importlib-import-test-fromlist',
    'test-test-importlib-import-test-loader',
    'test-test-importlib-import-test-meta-path',
    'test-test-importlib-import-test-package',
    'test-test-importlib-import-test-packages',
    'test-test-importlib-import-test-path',
    'test-test-importlib-import-test-relative-imports',
    'test-test-importlib-import-util',
    'test-test-importlib-main',
    'test-test-importlib-namespace-pkgs',
    'test-test-importlib-namespace-pkgs-both-portions',
    'test-test-importlib-namespace-pkgs-both-portions-foo',
    'test-test-importlib-namespace-pkgs-both-portions-foo-one',
    'test-test-importlib-namespace-pkgs-both-portions-foo-two',
    'test-test-importlib-namespace-pkgs-module-and-namespace-package',
    'test-test-importlib-namespace-pkgs-module-and-namespace-package-a-test',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg-foo',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg-foo-one',
    'test-test-importlib-namespace-pkgs-portion1',
    'test-test-importlib-namespace-pkgs-portion1-foo',
    'test-test-importlib-namespace-pkgs-portion1-foo-one',
    'test-test-importlib-namespace-pkgs-portion2',
    'test-test-importlib-namespace-pkgs-portion2-foo',
    'test-test-importlib-namespace-pkgs-portion2-foo-two',
    'test-test-importlib-namespace-pkgs-project1',
    'test-test-importlib-namespace-pkgs-project1-parent',
    'test-test-importlib-namespace-pkgs-project1-parent-child',
    'test-test-importlib-namespace-pkgs-project1-parent-child-one',
    'test-test-importlib-namespace-pkgs-project2',
    'test-test-importlib-namespace-pkgs-project2-parent',
    'test-test-importlib-namespace-pkgs-project2-parent-child',
    'test-test-importlib-namespace-pkgs-project2-parent-child-two',
    'test-test-importlib-namespace-pkgs-project3',
    'test-test-importlib-namespace-pkgs-project3-parent',
    'test-test-importlib-namespace-pkgs-project3-parent-child',
    'test-test-importlib-namespace-pkgs-project3-parent-child-three',
    'test-test-importlib-regrtest',
    'test-test-importlib-source',
    'test-test-importlib-source-main',
    'test-test-importlib-source-test-case-sensitivity',
    'test-test-importlib-source-test-file-loader',
    'test-test-importlib-source-test-finder',
    'test-test-importlib-source-test-path-hook',
    'test-test-importlib-source-test-source-encoding',
    'test-test-importlib-source-util',
    'test-test-importlib-stubs',
    'test-test-importlib-test-abc',
    'test-test-importlib-test-api',
    'test-test-importlib-test-files',
    'test-test-importlib-test-lazy',
    'test-test-importlib-test-locks',
    'test-test-importlib-test-main',
    'test-test-importlib-test-metadata-api',
    'test-test-importlib-test-namespace-pkgs',
    'test-test-importlib-test-open',
    'test-test-importlib-test-path',
    'test-test-importlib-test-pkg-import',
    'test-test-importlib-test-read',
    'test-test-importlib-test-resource',
    'test-test-importlib-test-spec',
    'test-test-importlib-test-threaded-import',
    'test-test-importlib-test-util',
    'test-test-importlib-test-windows',
    'test-test-importlib-test-zip',
    'test-test-importlib-threaded-import-hangers',
    'test-test-importlib-util',
    'test-test-importlib-zipdata01',
    'test-test-importlib-zipdata02',
    'test-test-index',
    'test-test-inspect',
    'test-test-int',
    'test-test-int-literal',
    'test-test-io',
    'test-test-ioctl',
    'test-test-ipaddress',
    'test-test-isinstance',
    'test-test-iter',
    'test-test-iterlen',
    'test-test-itertools',
    'test-test-json',
    'test-test-json-main',
    'test-test-json-test-decode',
    'test-test-json-test-default',
    'test-test-json-test-dump',
    'test-test-json-test-encode-basestring-ascii',
    'test-test-json-test-enum',
    'test-test-json-test-fail',
    'test-test-json-test-float',
    'test-test-json-test-indent',
    'test-test-json-test-pass1',
    'test-test-json-test-pass2',
    'test-test-json-test-pass3',
    'test-test-json-test-recursion',
    'test-test-json-test-scanstring',
    'test-test-json-test-separators',
    'test-test-json-test-speedups',
    'test-test-json-test-tool',
    'test-test-json-test-unicode',
    'test-test-keyword',
    'test-test-keywordonlyarg',
    'test-test-kqueue',
    'test-test-largefile',
    'test-test-lib2to3',
    'test-test-linecache',
    'test-test-linuxaudiodev',
    'test-test-list',
    'test-test-listcomps',
    'test-test-lltrace',
    'test-test-locale',
    'test-test-logging',
    'test-test-long',
    'test-test-long-future',
    'test-test-longexp',
    'test-test-lzma',
    'test-test-macos',
    'test-test-macostools',
    'test-test-macpath',
    'test-test-macurl2path',
    'test-test-mailbox',
    'test-test-mailcap',
    'test-test-marshal',
    'test-test-math',
    'test-test-md5',
    'test-test-memoryio',
    'test-test-memoryview',
    'test-test-metaclass',
    'test-test-mhlib',
    'test-test-mimetools',
    'test-test-mimetypes',
    'test-test-mimewriter',
    'test-test-minidom',
    'test-test-mmap',
    'test-test-module',
    'test-test-modulefinder',
    'test-test-msilib',
    'test-test-multibytecodec',
    'test-test-multifile',
    'test-test-multiprocessing',
    'test-test-multiprocessing-fork',
    'test-test-multiprocessing-forkserver',
    'test-test-multiprocessing-main-handling',
    'test-test-multiprocessing-spawn',
    'test-test-mutants',
    'test-test-mutex',
    'test-test-named-expressions',
    'test-test-netrc',
    'test-test-new',
    'test-test-nis',
    'test-test-nntplib',
    'test-test-normalization',
    'test-test-ntpath',
    'test-test-numeric-tower',
    'test-test-old-mailbox',
    'test-test-opcode',
    'test-test-opcodes',
    'test-test-openpty',
    'test-test-operator',
    'test-test-optparse',
    'test-test-ordered-dict',
    'test-test-os',
    'test-test-ossaudiodev',
    'test-test-osx-env',
    'test-test-osx-support',
    'test-test-parser',
    'test-test-pathlib',
    'test-test-pdb',
    'test-test-peepholer',
    'test-test-peg-generator',
    'test-test-peg-generator-main',
    'test-test-peg-generator-test-c-parser',
    'test-test-peg-generator-test-first-sets',
    'test-test-peg-generator-test-pegen',
    'test-test-peg-parser',
    'test-test-pep247',
    'test-test-pep277',
    'test-test-pep292',
    'test-test-pep3120',
    'test-test-pep3131',
    'test-test-pep3151',
    'test-test-pep352',
    'test-test-pep380',
    'test-test-pep479',
    'test-test-pickle',
    'test-test-picklebuffer',
    'test-test-pickletools',
    'test-test-pipes',
    'test-test-pkg',
    'test-test-pkgimport',
    'test-test-pkgutil',
    'test-test-platform',
    'test-test-plistlib',
    'test-test-poll',
    'test-test-popen',
    'test-test-popen2',
    'test-test-poplib',
    'test-test-positional-only-arg',
    'test-test-posix',
    'test-test-posixpath',
    'test-test-pow',
    'test-test-pprint',
    'test-test-print',
    'test-test-profile',
    'test-test-property',
    'test-test-pstats',
    'test-test-pty',
    'test-test-pulldom',
    'test-test-pwd',
    'test-test-py-compile',
    'test-test-py3kwarn',
    'test-test-pyclbr',
    'test-test-pydoc',
    'test-test-pyexpat',
    'test-test-queue',
    'test-test-quopri',
    'test-test-raise',
    'test-test-random',
    'test-test-range',
    'test-test-re',
    'test-test-readline',
    'test-test-regrtest',
    'test-test-repl',
    'test-test-repr',
    'test-test-reprlib',
    'test-test-resource',
    'test-test-rfc822',
    'test-test-richcmp',
    'test-test-rlcompleter',
    'test-test-robotparser',
    'test-test-runpy',
    'test-test-sax',
    'test-test-sched',
    'test-test-scope',
    'test-test-script-helper',
    'test-test-scriptpackages',
    'test-test-secrets',
    'test-test-select',
    'test-test-selectors',
    'test-test-set',
    'test-test-setcomps',
    'test-test-sets',
    'test-test-sgmllib',
    'test-test-sha',
    'test-test-shelve',
    'test-test-shlex',
    'test-test-shutil',
    'test-test-signal',
    'test-test-simplehttpserver',
    'test-test-site',
    'test-test-slice',
    'test-test-smtpd',
    'test-test-smtplib',
    'test-test-smtpnet',
    'test-test-sndhdr',
    'test-test-socket',
    'test-test-socketserver',
    'test-test-softspace',
    'test-test-sort',
    'test-test-source-encoding',
    'test-test-spwd',
    'test-test-sqlite',
    'test-test-ssl',
    'test-test-startfile',
    'test-test-stat',
    'test-test-statistics',
    'test-test-str',
    'test-test-strftime',
    'test-test-string',
    'test-test-string-literals',
    'test-test-stringio',
    'test-test-stringprep',
    'test-test-strlit',
    'test-test-strop',
    'test-test-strptime',
    'test-test-strtod',
    'test-test-struct',
    'test-test-structmembers',
    'test-test-structseq',
    'test-test-subclassinit',
    'test-test-subprocess',
    'test-test-sunau',
    'test-test-sunaudiodev',
    'test-test-sundry',
    'test-test-super',
    'test-test-support',
    'test-test-symbol',
    'test-test-symtable',
    'test-test-syntax',
    'test-test-sys',
    'test-test-sys-setprofile',
    'test-test-sys-settrace',
    'test-test-sysconfig',
    'test-test-syslog',
    'test-test-tabnanny',
    'test-test-tarfile',
    'test-test-tcl',
    'test-test-telnetlib',
    'test-test-tempfile',
    'test-test-test-support',
    'test-test-textwrap',
    'test-test-thread',
    'test-test-threaded-import',
    'test-test-threadedtempfile',
    'test-test-threading',
    'test-test-threading-local',
    'test-test-threadsignals',
    'test-test-time',
    'test-test-timeit',
    'test-test-timeout',
    'test-test-tix',
    'test-test-tk',
    'test-test-tokenize',
    'test-test-tools',
    'test-test-tools-main',
    'test-test-tools-test-fixcid',
    'test-test-tools-test-gprof2html',
    'test-test-tools-test-i18n',
    'test-test-tools-test-lll',
    'test-test-tools-test-md5sum',
    'test-test-tools-test-pathfix',
    'test-test-tools-test-pdeps',
    'test-test-tools-test-pindent',
    'test-test-tools-test-reindent',
    'test-test-tools-test-sundry',
    'test-test-tools-test-unparse',
    'test-test-trace',
    'test-test-traceback',
    'test-test-tracemalloc',
    'test-test-transformer',
    'test-test-ttk-guionly',
    'test-test-ttk-textonly',
    'test-test-tuple',
    'test-test-turtle',
    'test-test-type-comments',
    'test-test-typechecks',
    'test-test-types',
    'test-test-typing',
    'test-test-ucn',
    'test-test-unary',
    'test-test-undocumented-details',
    'test-test-unicode',
    'test-test-unicode-file',
    'test-test-unicode-file-functions',
    'test-test-unicode-identifiers',
    'test-test-unicodedata',
    'test-test-unittest',
    'test-test-univnewlines',
    'test-test-univnewlines2k',
    'test-test-unpack',
    'test-test-unpack-ex',
    'test-test-unparse',
    'test-test-urllib',
    'test-test-urllib-response',
    'test-test-urllib2',
    'test-test-urllib2-localnet',
    'test-test-urllib2net',
    'test-test-urllibnet',
    'test-test-urlparse',
    'test-test-userdict',
    'test-test-userlist',
    'test-test-userstring',
    'test-test-utf8-mode',
    'test-test-utf8source',
    'test-test-uu',
    'test-test-uuid',
    'test-test-venv',
    'test-test-wait3',
    'test-test-wait4',
    'test-test-warnings',
    'test-test-warnings-data',
    'test-test-warnings-data-import-warning',
    'test-test-warnings-data-stacklevel',
    'test-test-warnings-main',
    'test-test-wave',
    'test-test-weakref',
    'test-test-weakset',
    'test-test-webbrowser',
    'test-test-whichdb',
    'test-test-winconsoleio',
    'test-test-winreg',
    'test-test-winsound',
    'test-test-with',
    'test-test-wsgiref',
    'test-test-xdrlib',
    'test-test-xml-dom-minicompat',
    'test-test-xml-etree',
    'test-test-xml-etree-c',
    'test-test-xmllib',
    'test-test-xmlrpc',
    'test-test-xmlrpc-net',
    'test-test-xpickle',
    'test-test-xrange',
    'test-test-xxsubinterpreters',
    'test-test-xxtestfuzz',
    'test-test-yield-from',
    'test-test-zipapp',
    'test-test-zipfile',
    'test-test-zipfile64',
    'test-test-zipimport',
    'test-test-zipimport-support',
    'test-test-zlib',
    'test-test-zoneinfo',
    'test-test-zoneinfo-main',
    'test-test-zoneinfo-support',
    'test-test-zoneinfo-test-zoneinfo',
    'test-testall',
    'test-testcodec',
    'test-tf-inherit-check',
    'test-threaded-import-hangers',
    'test-time-hashlib',
    'test-tracedmodules',
    'test-tracedmodules-testmod',
    'test-typed-dict-helper',
    'test-warning-tests',
    'test-win-console-handler',
    'test-xmltests',
    'test-ziptestdata',
    'test-ziptestdata-testdata-module-inside-zip',
    'testbuffer',
    'testcapi',
    'testimportmultiple',
    'testinternalcapi',
    'testmultiphase',
    'textwrap',
    'this',
    'thread',
    'threading',
    'threading-local',
    'time',
    'timeit',
    'tix',
    'tkcolorchooser',
    'tkcommondialog',
    'tkconstants',
    'tkdnd',
    'tkfiledialog',
    'tkfont',
    'tkinter',
    'tkinter-colorchooser',
    'tkinter-commondialog',
    'tkinter-constants',
    'tkinter-dialog',
    'tkinter-dnd',
    'tkinter-filedialog',
    'tkinter-fix',
    'tkinter-font',
    'tkinter-main',
    'tkinter-messagebox',
    'tkinter-scrolledtext',
    'tkinter-simpledialog',
    'tkinter-test',
    'tkinter-test-runtktests',
    'tkinter-test-support',
    'tkinter-test-test-tkinter',
    'tkinter-test-test-tkinter-test-colorchooser',
    'tkinter-test-test-tkinter-test-font',
    'tkinter-test-test-tkinter-test-geometry-managers',
    'tkinter-test-test-tkinter-test-images',
    'tkinter-test-test-tkinter-test-loadtk',
    'tkinter-test-test-tkinter-test-messagebox',
    'tkinter-test-test-tkinter-test-misc',
    'tkinter-test-test-tkinter-test-simpledialog',
    'tkinter-test-test-tkinter-test-text',
    'tkinter-test-test-tkinter-test-variables',
    'tkinter-test-test-tkinter-test-widgets',
    'tkinter-test-test-ttk',
    'tkinter-test-test-ttk-test-extensions',
    'tkinter-test-test-ttk-test-functions',
    'tkinter-test-test-ttk-test-style',
    'tkinter-test-test-ttk-test-widgets',
    'tkinter-test-widget-tests',
    'tkinter-tix',
    'tkinter-ttk',
    'tkmessagebox',
    'tksimpledialog',
    'toaiff',
    'token',
    'tokenize',
    'tomllib',
    'tomllib-parser',
    'tomllib-re',
    'tomllib-types',
    'trace',
    'traceback',
    'tracemalloc',
    'ttk',
    'tty',
    'turtle',
    'turtledemo',
    'turtledemo-bytedesign',
    'turtledemo-chaos',
    'turtledemo-clock',
    'turtledemo-colormixer',
    'turtledemo-forest',
    'turtledemo-fractalcurves',
    'turtledemo-lindenmayer',
    'turtledemo-main',
    'turtledemo-minimal-hanoi',
    'turtledemo-nim',
    'turtledemo-paint',
    'turtledemo-peace',
    'turtledemo-penrose',
    'turtledemo-planet-and-moon',
    'turtledemo-rosette',
    'turtledemo-round-dance',
    'turtledemo-sorting-animate',
    'turtledemo-tree',
    'turtledemo-two-canvases',
    'turtledemo-wikipedia',
    'turtledemo-yinyang',
    'types',
    'typing',
    'typing-io',
    'typing-re',
    'unicodedata',
    'unittest',
    'unittest-async-case',
    'unittest-case',
    'unittest-loader',
    'unittest-log',
    'unittest-main',
    'unittest-mock',
    'unittest-result',
    'unittest-runner',
    'unittest-signals',
    'unittest-suite',
    'unittest-test',
    'unittest-test-dummy',
    'unittest-test-main',
    'unittest-test-support',
    'unittest-test-test-assertions',
    'unittest-test-test-async-case',
    'unittest-test-test-break',
    'unittest-test-test-case',
    'unittest-test-test-discovery',
    'unittest-test-test-functiontestcase',
    'unittest-test-test-loader',
    'unittest-test-test-program',
    'unittest-test-test-result',
    'unittest-test-test-runner',
    'unittest-test-test-setups',
    'unittest-test-test-skipping',
    'unittest-test-test-suite',
    'unittest-test-test-warnings',
    'unittest-test-testmock',
    'unittest-test-testmock-main',
    'unittest-test-testmock-support',
    'unittest-test-testmock-testasync',
    'unittest-test-testmock-testcallable',
    'unittest-test-testmock-testhelpers',
    'unittest-test-testmock-testmagicmethods',
    'unittest-test-testmock-testmock',
    'unittest-test-testmock-testpatch',
    'unittest-test-testmock-testsealable',
    'unittest-test-testmock-testsentinel',
    'unittest-test-testmock-testwith',
    'unittest-util',
    'urllib',
    'urllib-error',
    'urllib-parse',
    'urllib-request',
    'urllib-response',
    'urllib-robotparser',
    'urllib2',
    'urlparse',
    'user',
    'userdict',
    'userlist',
    'userstring',
    'uu',
    'uuid',
    'venv',
    'venv-main',
    'videoreader',
    'w',
    'warnings',
    'wave',
    'weakref',
    'weakrefset',
    'webbrowser',
    'whichdb',
    'winapi',
    'winreg',
    'winsound',
    'wmi',
    'wsgiref',
    'wsgiref-handlers',
    'wsgiref-headers',
    'wsgiref-simple-server',
    'wsgiref-types',
    'wsgiref-util',
    'wsgiref-validate',
    'xdrlib',
    'xml',
    'xml-dom',
    'xml-dom-domreg',
    'xml-dom-expatbuilder',
    'xml-dom-minicompat',
    'xml-dom-minidom',
    'xml-dom-nodefilter',
    'xml-dom-pulldom',
    'xml-dom-xmlbuilder',
    'xml-etree',
    'xml-etree-celementtree',
    'xml-etree-elementinclude',
    'xml-etree-elementpath',
    'xml-etree-elementtree',
    'xml-parsers',
    'xml-parsers-expat',
    'xml-parsers-expat-errors',
    'xml-parsers-expat-errors-dom',
    'xml-parsers-expat-errors-etree',
    'xml-parsers-expat-errors-parsers',
    'xml-parsers-expat-errors-sax',
    'xml-parsers-expat-model',
    'xml-parsers-expat-model-dom',
    'xml-parsers-expat-model-etree',
    'xml-parsers-expat-model-parsers',
    'xml-parsers-expat-model-sax',
    'xml-sax',
    'xml-sax-exceptions',
    'xml-sax-expatreader',
    'xml-sax-handler',
    'xml-sax-saxutils',
    'xml-sax-xmlreader',
    'xmllib',
    'xmlrpc',
    'xmlrpc-client',
    'xmlrpc-server',
    'xmlrpclib',
    'xxlimited',
    'xxsubinterpreters',
    'xxsubtype',
    'xxtestfuzz',
    'zipapp',
    'zipfile',
    'zipfile-main',
    'zipfile-path',
    'zipfile-path-glob',
    'zipimport',
    'zlib',
    'zoneinfo',
    'zoneinfo-common',
    'zoneinfo-tzpath',
    'zoneinfo-zoneinfo',
    'zstd',
];

;// CONCATENATED MODULE: ./packages/dists/rules/project-name-rules.ts
/** PyPI's checks of a new project's name (`check_project_name`): standard library, prohibited, too similar. */




const STDLIB = new Set(STDLIB_MODULE_NAMES);
// The names warehouse's migrations prohibit; PyPI's administrators add more that no one outside can see.
const PROHIBITED = new Set(['requirements-txt', 'rrequirements-txt']);
const project_name_rules_HELP = 'See https://pypi.org/help/#project-name for more information.';
/** warehouse's `ultranormalize_name`: no `.`, `_`, `-`; `l`/`i` read as `1` and `o` as `0`; lower case. */
function ultranormalizeName(name) {
    return name
        .replace(/[._-]/g, '')
        .replace(/[lLiI]/g, '1')
        .replace(/[oO]/g, '0')
        .toLowerCase();
}
/**
 * Why PyPI would refuse to create a project named `name`, or null. `existingNames` are the projects the index
 * holds (for the "too similar" check); without them that check is skipped.
 */
function newProjectNameProblem(name, existingNames = []) {
    if (STDLIB.has(normalizeProjectName(name.replace(/^[-_.]+|[-_.]+$/g, ''))))
        return badRequest('stdlib-project-name', `The name ${pyRepr(name)} isn't allowed (conflict with Python Standard Library module name). ${project_name_rules_HELP}`);
    if (PROHIBITED.has(normalizeProjectName(name)))
        return badRequest('prohibited-project-name', `The name ${pyRepr(name)} isn't allowed. ${project_name_rules_HELP}`);
    const ultra = ultranormalizeName(name);
    if (existingNames.some((existing) => ultranormalizeName(existing) === ultra))
        return badRequest('similar-project-name', `The name ${pyRepr(name)} is too similar to an existing project. ${project_name_rules_HELP}`);
    return null;
}

;// CONCATENATED MODULE: ./packages/dists/rules/check-upload.ts






const refused = (problem) => ({
    problems: [problem],
    metadata: null,
    descriptionChecked: true,
});
/** Every check PyPI runs on one upload, with the description rendered by `renderer` when it is reStructuredText. */
async function checkUpload(request, context = {}, renderer) {
    const sanitized = sanitizeForm(request.fields, request.fileFields ?? []);
    if ('problem' in sanitized)
        return refused(sanitized.problem);
    const { fields } = sanitized;
    const early = protocolProblem(fields) ?? uploadFormProblem(fields);
    if (early)
        return refused(early);
    const parsed = metadataFromForm(fields);
    if ('problem' in parsed)
        return refused(parsed.problem);
    const { metadata } = parsed;
    if (!request.file)
        return refused(badRequest('no-file', 'Upload payload does not have a file.'));
    if (context.project === null) {
        const name = fields.find(([key]) => key === 'name')?.[1] ?? '';
        const problem = newProjectNameProblem(name, context.projectNames);
        if (problem)
            return { ...refused(problem), metadata };
    }
    const rendered = needsRstRender(metadata) && renderer ? await renderer.rendersRst(metadata.description ?? '') : undefined;
    const descriptionChecked = !needsRstRender(metadata) || (rendered !== null && rendered !== undefined);
    const description = descriptionProblem(metadata, rendered);
    if (description)
        return { problems: [description], metadata, descriptionChecked };
    const filetype = fields.find(([key]) => key === 'filetype')?.[1] === 'sdist' ? 'sdist' : 'bdist_wheel';
    const facts = {
        ...request.file,
        metadata,
        filetype,
        declaredDigests: declaredDigests(fields),
    };
    const problems = checkDistribution(facts, context);
    const attestation = attestationProblem(fields, context);
    if (attestation)
        problems.push(attestation);
    return { problems, metadata, descriptionChecked };
}
// warehouse verifies attestations only for trusted publishers; an API token cannot carry them.
function attestationProblem(fields, context) {
    if (!fields.some(([key]) => key === 'attestations') || context.identity !== 'token')
        return null;
    return badRequest('invalid-attestations', 'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing');
}

;// CONCATENATED MODULE: ./packages/local-index/attestation-check.ts
/**
 * PEP 740 on upload, as warehouse does it: the `attestations` field is taken only from a trusted publisher,
 * must be a JSON list of one attestation per predicate type, and each must verify against the trust root,
 * be signed by the publisher the upload token was minted for, and name the uploaded file and its sha256.
 * What passes is kept as the file's provenance object.
 */

const refusal = (problem) => ({
    status: 400,
    message: `Invalid attestations supplied during upload: ${problem}`,
});
/** Checks an upload's attestations field; the provenance to keep, or warehouse's refusal. */
async function checkAttestations(field, identity, file, verifier) {
    if (identity.kind !== 'trusted-publisher')
        return refusal('Attestations are only supported when using Trusted Publishing');
    const parsed = parseAttestationsField(field);
    if (!parsed.ok)
        return refusal(parsed.problem);
    const { publisher } = identity;
    const verify = await verifier();
    const seen = new Set();
    for (const attestation of parsed.value) {
        try {
            verify(attestation, file, publisher);
        }
        catch (error) {
            if (!(error instanceof AttestationError))
                throw error;
            return refusal(`Could not verify the uploaded artifact using the included attestation: ${error.message}`);
        }
        const type = String(attestedStatement(attestation)?.predicateType);
        if (seen.has(type))
            return refusal(`Multiple attestations for the same file with the same predicate type (${type}) are not supported`);
        seen.add(type);
    }
    return { provenance: provenanceOf(parsed.value, publisher) };
}
function provenanceOf(attestations, publisher) {
    return {
        version: 1,
        attestation_bundles: [
            {
                publisher: {
                    kind: 'GitHub',
                    repository: publisher.repository,
                    workflow: publisher.workflow,
                    environment: publisher.environment ?? null,
                },
                attestations,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./packages/local-index/digests.ts
/** The digests PyPI keeps for a file (sha256, blake2b-256, md5), in the index's own naming. */

/** The index's record of a file's digests, from the accumulator dists computes them with. */
function toDigests(hashes) {
    return { sha256: hashes.sha256, blake2b_256: hashes.blake2_256, md5: hashes.md5 };
}
/** The digests of a small buffer (a METADATA file). */
async function digestBytes(bytes) {
    return toDigests(await hashBytes(bytes));
}

;// CONCATENATED MODULE: ./packages/local-index/wheel-metadata-file.ts
/** The core metadata file served beside a wheel (PEP 658): its own METADATA, byte for byte. */

/** The raw METADATA of a wheel, to serve at `<file>.metadata` (PEP 658); null when it cannot be read. */
async function wheelCoreMetadata(path, filename, members) {
    if (!filename.endsWith('.whl'))
        return null;
    // warehouse looks for `<name>-<version>.dist-info/METADATA` taken from the raw filename.
    const [name, version] = filename.split('-');
    const target = `${name}-${version}.dist-info/METADATA`;
    if (!members.includes(target))
        return null;
    const zip = await zip_reader/* ZipArchive */.SJ.open(path);
    try {
        const entry = zip.entry(target);
        return entry ? await zip.read(entry) : null;
    }
    finally {
        await zip.close();
    }
}

;// CONCATENATED MODULE: ./packages/local-index/accept-upload.ts
/**
 * Deciding an upload as PyPI does, once its bytes are in `tmp/`: the request's own checks, then dists'
 * rules against what the index holds, then the file moved into place and journaled, all or nothing.
 */







/** An upload refused: PyPI's status, message and any header it adds. */
class Refusal extends Error {
    status;
    headers;
    constructor(status, message, headers = {}) {
        super(message);
        this.status = status;
        this.headers = headers;
    }
}
function first(fields, name) {
    return fields.find(([key]) => key === name)?.[1];
}
function existing(files) {
    return files.map((f) => ({
        filename: f.filename,
        packagetype: f.packagetype === 'sdist' ? 'sdist' : 'bdist_wheel',
        sha256: f.digests.sha256,
        blake2_256: f.digests.blake2b_256,
    }));
}
// Refusals warehouse gives before it looks the project up (and so before permissions).
const BEFORE_PROJECT = new Set([
    'field-is-file',
    'unknown-protocol',
    'invalid-form',
    'missing-digest',
    'invalid-metadata',
    'local-version',
    'no-file',
]);
/**
 * What PyPI answers whoever asks, before it looks at the credentials: the view `:action` routes to (retired
 * actions are 410 with no authentication; no or an unknown action reaches a page that takes no POST, 405),
 * then its `sanitize` decorator, which wraps the authentication check (a field sent as a file). Null: go on.
 */
function refusalBeforeAuthentication(fields, fileFields, query) {
    // Pyramid's request.params: the query string first, then the body.
    const action = query.get(':action') ?? first(fields, ':action');
    if (action === 'submit' || action === 'submit_pkg_info') {
        return new Refusal(410, 'Project pre-registration is no longer required or supported, upload your files instead.');
    }
    if (action === 'doc_upload') {
        return new Refusal(410, 'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.');
    }
    if (action !== 'file_upload')
        return new Refusal(405, 'Method Not Allowed', { Allow: 'GET, HEAD, OPTIONS' });
    const sanitized = sanitizeForm(fields, fileFields);
    return 'problem' in sanitized ? new Refusal(sanitized.problem.status, sanitized.problem.message) : null;
}
async function uploadedFile(upload, contentType) {
    const digests = await upload.digests();
    const hashes = { sha256: digests.sha256, blake2_256: digests.blake2b_256, md5: digests.md5 };
    // Reading the archive is only worth it for a file that fits; a too-large one is refused by size first.
    const inspected = upload.tooLarge
        ? null
        : await inspectDistribution(upload.path, { hashes, filename: upload.filename });
    return {
        filename: upload.filename,
        size: upload.size,
        hashes,
        contentType,
        ...(inspected?.archive ? { archive: inspected.archive } : {}),
    };
}
function uploadContext(ctx, name, version, identity) {
    const project = ctx.store.project(normalizeProjectName(name));
    const release = findRelease(project, version);
    const projects = ctx.store.projects();
    const created = release?.files.map((f) => Date.parse(f.uploadTime)).filter((t) => !Number.isNaN(t));
    return {
        project: project ? { name: project.name } : null,
        projectNames: projects.map((p) => p.name),
        identity: identity.kind,
        releaseFiles: existing(release?.files ?? []),
        indexFiles: existing(projects.flatMap((p) => [...p.releases.values()].flatMap((r) => r.files))),
        deletedFilenames: ctx.store.deletedFilenames(),
        maxFileSize: ctx.maxFileSize,
        projectTotalSize: [...(project?.releases.values() ?? [])].reduce((sum, r) => sum + r.files.reduce((s, f) => s + f.size, 0), 0),
        ...(created?.length ? { releaseCreatedAt: Math.min(...created) } : {}),
        now: ctx.now(),
    };
}
/** Runs PyPI's checks and stores the file when they pass; PyPI's status and message. */
async function acceptUpload(ctx, fields, upload, extras) {
    const file = upload ? await uploadedFile(upload, extras.contentType) : null;
    return ctx.store.exclusive(async () => {
        const name = first(fields, 'name') ?? '';
        const context = uploadContext(ctx, name, first(fields, 'version') ?? '', extras.identity);
        const request = { fields, fileFields: extras.fileFields, file };
        const decision = await checkUpload(request, context, ctx.descriptions);
        const problem = decision.problems[0];
        if (problem && BEFORE_PROJECT.has(problem.code))
            return { status: problem.status, message: problem.message };
        const permission = permissionProblem(extras.identity, normalizeProjectName(name), context.project ?? null);
        if (permission)
            return permission;
        if (problem)
            return { status: problem.status, message: problem.message };
        if (!upload || !file || !decision.metadata)
            throw new Error('an accepted upload has a file and metadata');
        const attestations = first(fields, 'attestations');
        let provenance;
        if (attestations !== undefined) {
            const subject = { filename: upload.filename, sha256: (await upload.digests()).sha256 };
            const checked = await checkAttestations(attestations, extras.identity, subject, () => ctx.sigstore.verifier());
            if ('status' in checked)
                return checked;
            provenance = Buffer.from(JSON.stringify(checked.provenance));
        }
        await store(ctx, fields, upload, file, decision.metadata, provenance);
        return { status: 200, message: '' };
    });
}
// The file moves into place and is journaled (the journal line renames the project to this upload's spelling).
async function store(ctx, fields, upload, file, metadata, provenance) {
    const name = metadata.name ?? '';
    const projectKey = normalizeProjectName(name);
    const project = ctx.store.project(projectKey);
    const version = metadata.version ?? '';
    const release = findRelease(project, version);
    const filetype = first(fields, 'filetype') ?? 'bdist_wheel';
    const coreMetadataBytes = await wheelCoreMetadata(upload.path, upload.filename, file.archive?.members ?? []);
    await ctx.store.add({
        tempPath: upload.path,
        projectName: name,
        project: projectKey,
        version: release?.version ?? version,
        versionKey: release?.key ?? (0,format/* normalizeVersion */.Qj)(version) ?? version,
        metadata: { ...metadata, fields: [], warnings: [] },
        filename: upload.filename,
        packagetype: filetype,
        pythonVersion: first(fields, 'pyversion') || (filetype === 'sdist' ? 'source' : ''),
        requiresPython: metadata.requiresPython ?? null,
        size: upload.size,
        digests: await upload.digests(),
        coreMetadata: coreMetadataBytes
            ? { bytes: coreMetadataBytes, digests: await digestBytes(coreMetadataBytes) }
            : null,
        uploadTime: uploadTimestamp(new Date(ctx.now())),
        ...(provenance ? { provenance } : {}),
    });
}
/** PyPI's upload-time form: ISO 8601 UTC with microseconds. */
function uploadTimestamp(date) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./packages/local-index/multipart.ts
/** A streaming multipart/form-data parser: fields in memory, file parts handed to a sink chunk by chunk. */

/** Raised for a body that is not well-formed multipart; the message says what is wrong. */
class MultipartError extends Error {
    name = 'MultipartError';
}
/**
 * Body chunks queued for the parser while it handles one: with node's default (16 KiB) the request is
 * paused, and its socket stops and restarts reading, after nearly every 64 KiB chunk of a fast upload.
 */
const PARSER_QUEUE_BYTES = 256 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
/** The `boundary` parameter of a multipart/form-data Content-Type, or null when it is not one. */
function multipartBoundary(contentType) {
    if (!contentType)
        return null;
    const semi = contentType.indexOf(';');
    const type = (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
    if (type !== 'multipart/form-data' || semi < 0)
        return null;
    const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType.slice(semi));
    const value = match ? (match[1] ?? match[2] ?? '') : '';
    return value.length > 0 && value.length <= 200 ? value : null;
}
/** Parses `name` and `filename` out of a Content-Disposition header value. */
function parseContentDisposition(value) {
    const result = { name: null, filename: null };
    // Quoted values may contain ';', so walk the parameters with a small tokenizer rather than split.
    const re = /;\s*([A-Za-z0-9_*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
    let match;
    while ((match = re.exec(value)) !== null) {
        const key = (match[1] ?? '').toLowerCase();
        // Python's cgi undoes only \\ and \" in a quoted value; any other backslash stays (`\rehearsal.tar.gz`).
        const raw = match[2] !== undefined ? match[2].replace(/\\([\\"])/g, '$1') : (match[3] ?? '');
        if (key === 'name')
            result.name = raw;
        else if (key === 'filename')
            result.filename = raw;
    }
    return result;
}
/**
 * A Writable that parses one multipart/form-data body. Memory stays bounded by the field limit plus one
 * chunk: file bytes are passed on as they arrive, keeping back only a delimiter's length at a chunk's end.
 */
class MultipartParser extends external_node_stream_namespaceObject.Writable {
    options;
    state = 'preamble';
    buffer = Buffer.alloc(0);
    dashBoundary;
    delimiter;
    part = null;
    fieldBytes = 0;
    maxFieldBytes;
    maxHeaderBytes;
    constructor(options) {
        super({ highWaterMark: PARSER_QUEUE_BYTES });
        this.options = options;
        this.dashBoundary = Buffer.from(`--${options.boundary}`, 'latin1');
        this.delimiter = Buffer.from(`\r\n--${options.boundary}`, 'latin1');
        this.maxFieldBytes = options.maxFieldBytes ?? 32 * 1024 * 1024;
        this.maxHeaderBytes = options.maxHeaderBytes ?? 16 * 1024;
    }
    /** Bytes this parser holds: the field values so far, its window on the input and the chunks queued for it. */
    get heldBytes() {
        return this.fieldBytes + this.buffer.length + this.writableLength;
    }
    _write(chunk, _encoding, callback) {
        this.consume(chunk).then(() => {
            this.options.onConsumed?.(chunk.length);
            callback();
        }, (error) => callback(error));
    }
    _final(callback) {
        if (this.state !== 'done') {
            callback(new MultipartError('the multipart body ended before its closing boundary'));
            return;
        }
        callback();
    }
    async consume(chunk) {
        if (this.state === 'body' &&
            this.buffer.length > 0 &&
            this.buffer.length < this.delimiter.length &&
            chunk.length >= this.delimiter.length) {
            // Inside a file the buffer holds only the few bytes kept back at the last chunk's end. Unless a
            // delimiter starts among them, pass them on and take the new chunk as it is: no copy of every chunk.
            const window = Buffer.concat([this.buffer, chunk.subarray(0, this.delimiter.length - 1)]);
            const at = window.indexOf(this.delimiter);
            if (at < 0 || at >= this.buffer.length) {
                const part = this.part;
                if (part)
                    await this.emitData(part, this.buffer);
                this.buffer = chunk;
            }
            else {
                this.buffer = Buffer.concat([this.buffer, chunk]);
            }
        }
        else {
            this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        }
        for (;;) {
            const progressed = await this.step();
            if (!progressed)
                return;
        }
    }
    /** Advances the state machine once; false when more input is needed. */
    async step() {
        switch (this.state) {
            case 'preamble':
                return this.stepPreamble();
            case 'after-boundary':
                return this.stepAfterBoundary();
            case 'headers':
                return this.stepHeaders();
            case 'body':
                return this.stepBody();
            case 'done':
                this.buffer = Buffer.alloc(0); // the epilogue is ignored
                return false;
        }
    }
    stepPreamble() {
        // The first boundary may sit at the very start (no CRLF before it) or after a preamble.
        if (this.buffer.length >= this.dashBoundary.length &&
            this.buffer.subarray(0, this.dashBoundary.length).equals(this.dashBoundary)) {
            this.buffer = this.buffer.subarray(this.dashBoundary.length);
            this.state = 'after-boundary';
            return true;
        }
        const at = this.buffer.indexOf(this.delimiter);
        if (at < 0) {
            if (this.buffer.length > 64 * 1024)
                throw new MultipartError('no multipart boundary found in the body');
            return false;
        }
        this.buffer = this.buffer.subarray(at + this.delimiter.length);
        this.state = 'after-boundary';
        return true;
    }
    stepAfterBoundary() {
        if (this.buffer.length < 2)
            return false;
        if (this.buffer[0] === 0x2d && this.buffer[1] === 0x2d) {
            this.state = 'done';
            return true;
        }
        // RFC 2046 allows linear whitespace between the boundary and its CRLF.
        const eol = this.buffer.indexOf(CRLF);
        if (eol < 0) {
            if (this.buffer.length > 256)
                throw new MultipartError('malformed multipart boundary line');
            return false;
        }
        if (this.buffer.subarray(0, eol).toString('latin1').trim() !== '') {
            throw new MultipartError('malformed multipart boundary line');
        }
        this.buffer = this.buffer.subarray(eol + 2);
        this.state = 'headers';
        return true;
    }
    stepHeaders() {
        // A part with no headers at all starts directly with the blank line.
        let headerBlock;
        if (this.buffer.length >= 2 && this.buffer[0] === 0x0d && this.buffer[1] === 0x0a) {
            headerBlock = '';
            this.buffer = this.buffer.subarray(2);
        }
        else {
            const end = this.buffer.indexOf(HEADER_END);
            if (end < 0) {
                if (this.buffer.length > this.maxHeaderBytes)
                    throw new MultipartError('a multipart part header is too large');
                return false;
            }
            headerBlock = this.buffer.subarray(0, end).toString('utf8');
            this.buffer = this.buffer.subarray(end + HEADER_END.length);
        }
        this.part = this.openPart(headerBlock);
        this.state = 'body';
        return true;
    }
    openPart(headerBlock) {
        let disposition = null;
        let contentType = null;
        for (const line of headerBlock.split('\r\n')) {
            const colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const key = line.slice(0, colon).trim().toLowerCase();
            const value = line.slice(colon + 1).trim();
            if (key === 'content-disposition')
                disposition = value;
            else if (key === 'content-type')
                contentType = value;
        }
        if (disposition === null)
            throw new MultipartError('a multipart part has no Content-Disposition header');
        const { name, filename } = parseContentDisposition(disposition);
        if (name === null)
            throw new MultipartError('a multipart part has no name');
        const sink = filename !== null ? this.options.onFile(name, filename, contentType) : null;
        return { name, filename, sink, chunks: [] };
    }
    async stepBody() {
        const part = this.part;
        if (!part)
            throw new MultipartError('internal: body without a part');
        const at = this.buffer.indexOf(this.delimiter);
        if (at < 0) {
            // Keep back what could be the start of a delimiter split across chunks.
            const keep = Math.min(this.buffer.length, this.delimiter.length - 1);
            const emit = this.buffer.length - keep;
            if (emit > 0) {
                await this.emitData(part, this.buffer.subarray(0, emit));
                this.buffer = this.buffer.subarray(emit);
            }
            return false;
        }
        if (at > 0)
            await this.emitData(part, this.buffer.subarray(0, at));
        this.buffer = this.buffer.subarray(at + this.delimiter.length);
        await this.closePart(part);
        this.part = null;
        this.state = 'after-boundary';
        return true;
    }
    async emitData(part, data) {
        if (part.sink) {
            // No copy needed: buffers are only ever re-sliced here, never written to.
            await part.sink.write(data);
            return;
        }
        this.fieldBytes += data.length;
        if (this.fieldBytes > this.maxFieldBytes) {
            throw new MultipartError(`the form fields exceed ${this.maxFieldBytes} bytes`);
        }
        part.chunks.push(data);
    }
    async closePart(part) {
        if (part.sink) {
            await part.sink.end();
            return;
        }
        this.options.onField(part.name, Buffer.concat(part.chunks).toString('utf8'));
    }
}

;// CONCATENATED MODULE: ./packages/local-index/temp-upload.ts
/** Receiving one uploaded file into `tmp/`: written as it arrives, digested on the way, size-limited. */



/** Bytes gathered before a write; one batch is written while the next gathers. */
const WRITE_BATCH = 512 * 1024;
/** The buffers left after a short writev wrote `written` bytes of them. */
function skipWritten(buffers, written) {
    let left = written;
    const rest = [];
    for (const buffer of buffers) {
        if (left >= buffer.length) {
            left -= buffer.length;
            continue;
        }
        rest.push(left > 0 ? buffer.subarray(left) : buffer);
        left = 0;
    }
    return rest;
}
/** A temp file being written by an upload; `finish` fsyncs and closes it. */
class TempUpload {
    system;
    path;
    filename;
    maxBytes;
    handle = null;
    hasher = null;
    result = null;
    written = 0;
    pending = [];
    pendingBytes = 0;
    closed = false;
    writing = Promise.resolve();
    writingBytes = 0;
    /** True once more than `maxBytes` arrived: writing stops, the rest is only counted. */
    tooLarge = false;
    constructor(system, path, filename, maxBytes) {
        this.system = system;
        this.path = path;
        this.filename = filename;
        this.maxBytes = maxBytes;
    }
    /** Bytes received so far (including any beyond the limit). */
    get size() {
        return this.written;
    }
    /** Bytes this upload holds in memory now: gathered, being written, and staged for the digests. */
    get heldBytes() {
        return this.pendingBytes + this.writingBytes + (this.hasher?.heldBytes ?? 0);
    }
    async write(chunk) {
        this.written += chunk.length;
        if (this.tooLarge)
            return;
        if (this.written > this.maxBytes) {
            // Keep draining the body so the client reads our 400 instead of a reset connection.
            this.tooLarge = true;
            await this.discard();
            return;
        }
        this.hasher ??= await ParallelDigests.create();
        await this.hasher.update(chunk);
        // Gather chunks into writes of about 512 KiB: fewer system calls, and tiny slices cost nothing.
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= WRITE_BATCH)
            await this.flush();
    }
    /** Starts writing the gathered chunks once the previous write is done: receiving goes on meanwhile. */
    async flush() {
        await this.writing;
        const buffers = this.pending;
        this.writingBytes = this.pendingBytes;
        this.pending = [];
        this.pendingBytes = 0;
        this.writing = this.writeAll(buffers).finally(() => {
            this.writingBytes = 0;
        });
        this.writing.catch(() => undefined); // awaited by the next flush, by end or by discard
    }
    async writeAll(buffers) {
        try {
            this.handle ??= await this.system.fs.open(this.path, 'wx');
            while (buffers.length > 0) {
                const { bytesWritten } = await this.handle.writev(buffers);
                if (bytesWritten <= 0)
                    throw Object.assign(new Error('the write stored nothing'), { code: 'EIO' });
                buffers = skipWritten(buffers, bytesWritten);
            }
        }
        catch (error) {
            throw (0,storage_error/* writeFailure */.EU)(error, 'receiving the file');
        }
    }
    async end() {
        if (this.closed)
            return;
        this.closed = true;
        if (this.tooLarge)
            return;
        await this.flush(); // opens the file even for an empty upload
        await this.writing;
        const handle = this.handle;
        this.handle = null;
        if (!handle)
            return;
        try {
            await handle.sync(); // through the handle that wrote it: Windows refuses fsync on a read-only one
        }
        catch (error) {
            throw (0,storage_error/* writeFailure */.EU)(error, 'receiving the file');
        }
        finally {
            await handle.close().catch(() => undefined);
        }
    }
    /** The file's digests; call after `end`. */
    async digests() {
        this.hasher ??= await ParallelDigests.create();
        this.result ??= toDigests(await this.hasher.digest());
        return this.result;
    }
    /**
     * Lets go of what the upload still holds, however it ended (a client gone, a failed write): the digest
     * stream when its digests were never read, and the file handle when `end` never closed it.
     */
    async release() {
        if (!this.result)
            this.hasher?.abandon();
        await this.closeHandle();
    }
    /** Removes the temp file (after a failure, or when the upload changed nothing). */
    async discard() {
        await this.closeHandle();
        await this.system.fs.rm(this.path, { recursive: false, force: true });
    }
    async closeHandle() {
        this.pending = [];
        this.pendingBytes = 0;
        await this.writing.catch(() => undefined);
        const handle = this.handle;
        this.handle = null;
        await handle?.close().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./packages/common/young-garbage.ts
/**
 * Node's HTTP copies every read of a response or request body into a fresh 64 KiB buffer. Those die at once,
 * but V8 frees their memory only when it collects: the young generation fills slowly (a chunk costs it a few
 * hundred bytes), so between collections a fast transfer piles up tens of MiB of dead chunks, and the growing
 * external memory then sets off full mark-compacts, sometimes again and again. Collecting the young generation
 * every few MiB frees them as they die, at about 80 µs each: they no longer add to the process's peak.
 *
 * V8's `gc` is reached by turning its flag on just long enough to create one context that has it (node's
 * `v8.setFlagsFromString`); where that is refused, nothing is collected early and nothing else changes.
 *
 * While collected on a timer the young generation is also kept from growing. V8 doubles it (up to 32 MiB per
 * semi-space in node 24) each time the objects surviving its collections add up to its size, and each timed
 * collection finds a transfer's live streams and buffers: over a long transfer it grows step by step (2 GiB of
 * downloads took it to the maximum, 1 GiB to half), which the timed collections make useless, and whatever
 * touches it whole afterwards (a burst of garbage with no timer running) keeps up to 64 MiB resident.
 */


let collect;
function collector() {
    if (collect !== undefined)
        return collect;
    const exposed = globalThis.gc;
    if (typeof exposed === 'function')
        return (collect = exposed);
    try {
        (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
        const found = (0,external_node_vm_namespaceObject.runInNewContext)('typeof gc === "function" ? gc : null');
        collect = typeof found === 'function' ? found : null;
    }
    catch {
        collect = null;
    }
    finally {
        (0,external_node_v8_namespaceObject.setFlagsFromString)('--no-expose-gc');
    }
    return collect;
}
/** Collects V8's young generation now (a no-op where the runtime refuses to expose its collector). */
function collectYoungGeneration() {
    collector()?.({ type: 'minor' });
}
/** V8's default, restored when the last transfer ends: the young generation doubles when it grows. */
const DEFAULT_SEMI_SPACE_GROWTH = 2;
/** Lets V8 grow its young generation (by its default factor), or holds it at its present size. */
function letYoungGenerationGrow(grow) {
    try {
        setFlagsFromString(`--semi-space-growth-factor=${grow ? DEFAULT_SEMI_SPACE_GROWTH : 1}`);
    }
    catch {
        // a runtime without the flag grows as it always did
    }
}
let transfers = 0;
let timer;
/**
 * Runs `transfer` (work whose HTTP chunks this code never sees, such as a client library's download) with the
 * young generation collected every `everyMs`, and held at its size, while any such transfer is running.
 */
async function withYoungCollection(transfer, everyMs = 20) {
    transfers += 1;
    if (!timer) {
        letYoungGenerationGrow(false);
        timer = setInterval(collectYoungGeneration, everyMs);
    }
    try {
        return await transfer();
    }
    finally {
        transfers -= 1;
        if (transfers === 0) {
            clearInterval(timer);
            timer = undefined;
            letYoungGenerationGrow(true);
        }
    }
}

;// CONCATENATED MODULE: ./packages/local-index/young-garbage.ts
/**
 * The index's use of common's collectYoungGeneration (whose comment says why node's HTTP chunks need it):
 * counted by bytes received rather than on a timer, as the index sees every chunk of a request body. Every
 * few MiB keeps dead chunks out of the peak at about 80 µs a collection (a few hundredths of a second per GiB),
 * where without it full mark-compacts cost up to a second of CPU per GiB, measured.
 */

/** Bytes received between two collections of the young generation. */
const YOUNG_COLLECTION_BYTES = 2 * 1024 * 1024;
let receivedSince = 0;
/** Counts `bytes` of request body received (all uploads together); collects the young generation every few MiB. */
function bodyReceived(bytes) {
    receivedSince += bytes;
    if (receivedSince < YOUNG_COLLECTION_BYTES)
        return;
    receivedSince = 0;
    collectYoungGeneration();
}

;// CONCATENATED MODULE: ./packages/local-index/upload.ts










/** All form fields of one upload together (the description among them), at most. */
const FORM_FIELDS_LIMIT = 4 * 1024 * 1024;
/** The largest piece node's HTTP parser hands over at once. */
const MAX_CHUNK = 64 * 1024;
/**
 * The most one upload holds in the index's buffers: its fields, the parser's window (a part's headers or a
 * preamble, and a chunk) and the chunks queued for it, a batch gathering and one being written, and the
 * digest staging.
 */
const UPLOAD_HELD_BOUND = FORM_FIELDS_LIMIT +
    2 * MAX_CHUNK +
    (PARSER_QUEUE_BYTES + MAX_CHUNK) +
    2 * (WRITE_BATCH + MAX_CHUNK) +
    PARALLEL_DIGESTS_MAX_HELD;
/** Seconds a client is asked to wait when every upload slot is taken. */
const BUSY_RETRY_AFTER_SECONDS = 2;
const MISSING_SLASH = 'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)';
const DISCARD = { write: () => undefined, end: () => undefined };
/** A name for the temp file: the upload's own (archive readers go by it) unless it cannot be one. */
function tempName(filename) {
    const safe = filename.replace(/[/\\\x00]/g, '_');
    return safe === '' || safe === '.' || safe === '..' || Buffer.byteLength(safe) > 240 ? 'upload.bin' : safe;
}
/** Drops the connection once part of the body has arrived, as a failing proxy would. */
function resetMidBody(req) {
    return new Promise((resolve) => {
        req.once('data', () => {
            req.socket.destroy();
            resolve();
        });
        req.once('end', () => {
            req.socket.destroy();
            resolve();
        });
        req.once('error', () => resolve());
    });
}
/**
 * Answers what needs no body: another method, the URL without its slash, an injected fault (drawn here,
 * for uploads only, and noted for the log). True when answered.
 */
async function answeredWithoutBody(ctx, req, res, notes) {
    if (req.method !== 'POST') {
        await sendErrorUnread(req, res, 405, 'Method Not Allowed', { Allow: 'POST' });
        return true;
    }
    if (new URL(req.url ?? '/', 'http://index.invalid').pathname === '/legacy') {
        await sendErrorUnread(req, res, 308, MISSING_SLASH, { Location: '/legacy/' });
        return true;
    }
    const fault = ctx.faults?.next('upload') ?? null;
    notes.fault = fault;
    if (fault === '503' || fault === '429') {
        if (fault === '503')
            await sendErrorUnread(req, res, 503, 'Service Unavailable');
        else
            await sendErrorUnread(req, res, 429, 'Too Many Requests', { 'Retry-After': '1' });
        return true;
    }
    if (fault === 'reset') {
        await resetMidBody(req);
        return true;
    }
    return false;
}
/**
 * Streams the request into the parser. Unlike `pipeline`, a parser that fails (a refusal, a failed write)
 * leaves the request alone, its rest read and discarded so that the answer reaches the client; a client
 * gone before its body ended stops the parser.
 */
function feed(req, parser) {
    return new Promise((resolve, reject) => {
        const gone = () => {
            if (!req.complete)
                parser.destroy(new Error('the client closed the connection mid-body'));
        };
        const settle = () => void req.off('close', gone);
        req.once('close', gone);
        parser.once('finish', () => {
            settle();
            resolve();
        });
        parser.once('error', (error) => {
            settle();
            req.unpipe(parser);
            void discardRest(req);
            reject(error);
        });
        req.pipe(parser);
    });
}
/**
 * Lets the idle timeout close the connection only while the index waits for the client's bytes: not while it
 * holds back (the parser keeps bytes it has not handled yet: their write or digest is slow) nor once the body
 * is in (the index writes, syncs and decides). Node's timer starts again with the next read.
 */
function closeWhenClientSilent(req, res, parser) {
    res.on('timeout', () => {
        const holdingBack = !parser.destroyed && parser.writableLength > 0;
        if (!req.complete && !holdingBack)
            req.socket?.destroy();
    });
}
/** Streams the body into `into`: fields kept, the `content` file written to `workDir` (digested on the way). */
async function receiveForm(upload, workDir, into) {
    const { ctx, slot } = upload;
    const parser = new MultipartParser({
        boundary: upload.boundary,
        maxFieldBytes: FORM_FIELDS_LIMIT,
        onField: (name, value) => into.fields.push([name, value]),
        onFile: (name, filename, type) => {
            into.fileFields.push(name);
            if (name !== 'content')
                return DISCARD; // gpg_signature and the like: PyPI ignores them now
            if (into.upload)
                throw new MultipartError('more than one file in the content field');
            into.contentType = type;
            // The temp file carries the real name, so archive readers see the name PyPI's checks use.
            const path = (0,external_node_path_.join)(workDir, tempName(filename));
            into.upload = new TempUpload(ctx.store.system, path, filename, ctx.maxFileSize);
            return into.upload;
        },
        onConsumed: (bytes) => {
            bodyReceived(bytes);
            slot.hold(parser.heldBytes + (into.upload?.heldBytes ?? 0));
        },
    });
    closeWhenClientSilent(upload.req, upload.res, parser);
    try {
        await feed(upload.req, parser);
    }
    catch (error) {
        if (error instanceof MultipartError)
            throw new Refusal(400, `Invalid request: ${error.message}.`);
        throw error; // a failed write is answered; the client going away needs no answer
    }
}
/** Answers an upload that failed: PyPI's refusal, a failed write (5xx), or an internal error. */
function answerFailure(req, res, error) {
    if (res.headersSent || res.destroyed)
        return;
    if (error instanceof Refusal)
        return sendError(req, res, error.status, error.message, error.headers);
    if (error instanceof storage_error/* StorageWriteError */.DR) {
        const { status, message, headers } = (0,storage_error/* writeFailureAnswer */.Cg)(error);
        return sendError(req, res, status, message, headers);
    }
    sendError(req, res, 500, `Internal error: ${error.message}`);
}
/**
 * PyPI's decision on a received form (the file stored when it passes), as the answer to send. Credentials
 * are looked at only now: PyPI reads the whole form first, and some answers come before authentication.
 */
async function decide(upload, form) {
    const { ctx, req, res, fault } = upload;
    const query = new URL(req.url ?? '/', 'http://index.invalid').searchParams;
    const early = refusalBeforeAuthentication(form.fields, form.fileFields, query);
    if (early)
        throw early;
    const auth = authenticateUpload(req.headers.authorization, ctx.token, ctx.trusted);
    if (!auth.ok)
        throw new Refusal(auth.status, auth.message);
    const { status, message } = await acceptUpload(ctx, form.fields, form.upload, {
        fileFields: form.fileFields,
        contentType: form.contentType,
        identity: auth.identity,
    });
    if (fault === 'slow')
        await new Promise((resolve) => setTimeout(resolve, ctx.faults?.slowMs ?? 0));
    if (status === 200 && fault === 'stored-502')
        return () => sendError(req, res, 502, 'Bad Gateway');
    if (status === 200 && fault === 'stored-reset')
        return () => req.socket?.destroy();
    if (status === 200)
        return () => sendText(req, res, 200, 'text/plain; charset=utf-8', message ? `${message}\n` : 'OK\n');
    return () => sendError(req, res, status, message);
}
/** Receives the form into a fresh directory under `tmp/`, decides, answers once the directory is gone. */
async function receiveAndDecide(upload) {
    const { fs } = upload.ctx.store.system;
    const name = `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    const workDir = (0,external_node_path_.join)(upload.ctx.store.dir, 'tmp', name);
    const form = { fields: [], fileFields: [], contentType: null, upload: null };
    let answer;
    try {
        await fs.mkdir(workDir).catch((error) => {
            throw (0,storage_error/* writeFailure */.EU)(error, 'receiving the file');
        });
        await receiveForm(upload, workDir, form);
        answer = await decide(upload, form);
    }
    catch (error) {
        answer = () => answerFailure(upload.req, upload.res, error);
    }
    finally {
        await form.upload?.release();
        await fs.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
    }
    // Answered once `tmp/` holds nothing of it: what a client is told is what the storage holds. A refusal
    // mid-body is answered with the rest of the body discarded.
    await answerUnread(upload.req, upload.res, answer);
}
/** Handles one upload request; resolves once the response is sent. */
async function handleUpload(ctx, req, res, notes) {
    if (await answeredWithoutBody(ctx, req, res, notes))
        return;
    const boundary = multipartBoundary(req.headers['content-type']);
    if (!boundary) {
        const message = 'Invalid request: the upload must be multipart/form-data with a boundary.';
        await sendErrorUnread(req, res, 400, message);
        return;
    }
    const slot = ctx.uploads.take();
    if (!slot) {
        const message = `The index is receiving its limit of ${ctx.uploads.cap} uploads at once; retry shortly.`;
        const headers = { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) };
        await sendErrorUnread(req, res, 503, message, headers);
        return;
    }
    try {
        await receiveAndDecide({ ctx, req, res, boundary, fault: notes.fault, slot });
    }
    finally {
        slot.release();
    }
}

;// CONCATENATED MODULE: ./packages/local-index/router.ts







const exactly = (...paths) => (path) => paths.includes(path);
const under = (prefix) => (path) => path.startsWith(prefix);
const upload = ({ ctx, req, res, notes }) => handleUpload(ctx, req, res, notes);
const admin = ({ ctx, admin, req, res, url }) => handleAdmin(ctx, admin, req, res, url);
const audience = ({ ctx, req, res }) => ctx.trusted.enabled
    ? sendJson(req, res, 200, { audience: ctx.trusted.audience })
    : sendJson(req, res, 403, { message: 'Trusted publishing functionality not enabled' });
const mintToken = async ({ ctx, req, res }) => {
    if (req.method !== 'POST')
        return sendError(req, res, 405, 'Method Not Allowed', { Allow: 'POST' });
    const result = ctx.trusted.mint(await readBody(req, 1024 * 1024).catch(() => ''));
    sendJson(req, res, result.status, result.body);
};
/** The Sigstore stand-in: its trust root, Fulcio and Rekor (only with trusted publishing, as on PyPI). */
const sigstore = async ({ ctx, req, res, url }) => {
    if (!ctx.sigstore.enabled)
        return sendError(req, res, 404, 'Not Found');
    const path = url.pathname.slice(SIGSTORE_PREFIX.length);
    const standIn = await ctx.sigstore.standIn();
    if (path === '/trusted_root.json' && (req.method === 'GET' || req.method === 'HEAD'))
        return sendJson(req, res, 200, standIn.trustedRoot);
    if (req.method !== 'POST')
        return sendError(req, res, 405, 'Method Not Allowed', { Allow: 'POST' });
    const answer = standIn.handle(path, await readBody(req, 1024 * 1024).catch(() => ''));
    if (!answer)
        return sendError(req, res, 404, 'Not Found');
    const { status, body, contentType } = await answer;
    // Sigstore's clients report an error by its status line: the reason says what was wrong.
    if (status >= 400)
        return sendError(req, res, status, body);
    sendText(req, res, status, contentType, body);
};
const simpleRedirect = ({ req, res }) => sendText(req, res, 301, 'text/plain', '', { Location: '/simple/' });
const home = ({ req, res, baseUrl }) => sendText(req, res, 200, 'text/plain; charset=utf-8', `release-actions local index\n\nupload: ${baseUrl}/legacy/\nsimple: ${baseUrl}/simple/\njson:   ${baseUrl}/pypi/<project>/json\n`);
/** The index's routes, in order. */
const ROUTES = [
    { name: 'upload', matches: exactly('/legacy/', '/legacy'), read: false, handle: upload },
    { name: 'admin', matches: under('/_admin/'), read: false, handle: admin },
    { name: 'oidc-audience', matches: exactly('/_/oidc/audience'), read: false, handle: audience },
    {
        name: 'mint-token',
        matches: exactly('/_/oidc/mint-token', '/_/oidc/github/mint-token'),
        read: false,
        handle: mintToken,
    },
    { name: 'sigstore', matches: under(`${SIGSTORE_PREFIX}/`), read: false, handle: sigstore },
    {
        name: 'integrity',
        matches: under('/integrity/'),
        read: true,
        handle: (r) => handleProvenance(r.ctx, r.req, r.res, r.url),
    },
    { name: 'simple-root', matches: exactly('/simple'), read: true, handle: simpleRedirect },
    {
        name: 'simple',
        matches: under('/simple/'),
        read: true,
        handle: (r) => handleSimple(r.ctx, r.req, r.res, r.url, r.baseUrl),
    },
    {
        name: 'json',
        matches: under('/pypi/'),
        read: true,
        handle: (r) => handleJsonApi(r.ctx, r.req, r.res, r.url, r.baseUrl),
    },
    {
        name: 'download',
        matches: under('/packages/'),
        read: true,
        handle: (r) => handleDownload(r.ctx, r.req, r.res, r.url),
    },
    { name: 'home', matches: exactly('/'), read: true, handle: home },
];
/** The route for `path`, or null (404). */
function findRoute(path, routes = ROUTES) {
    return routes.find((route) => route.matches(path)) ?? null;
}
/** Draws a read's fault: true when the fault was the answer (503, 429, a reset), after a delay if slow. */
async function answeredByFault(r) {
    const fault = r.ctx.faults?.next('read') ?? null;
    r.notes.fault = fault;
    switch (fault) {
        case '503':
            sendError(r.req, r.res, 503, 'Service Unavailable');
            return true;
        case '429':
            sendError(r.req, r.res, 429, 'Too Many Requests', { 'Retry-After': '1' });
            return true;
        case 'reset':
            r.req.socket.destroy();
            return true;
        case 'slow':
            await new Promise((resolve) => setTimeout(resolve, r.ctx.faults?.slowMs ?? 0));
            return false;
        default:
            return false;
    }
}
/** Serves one request by the table. */
async function route(r) {
    const found = findRoute(r.url.pathname);
    if (found?.read !== false) {
        if (r.req.method !== 'GET' && r.req.method !== 'HEAD') {
            return sendErrorUnread(r.req, r.res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
        }
        if (await answeredByFault(r))
            return;
    }
    if (!found)
        return sendErrorUnread(r.req, r.res, 404, 'Not Found');
    await found.handle(r);
}

// EXTERNAL MODULE: ./packages/local-index/store.ts
var local_index_store = __nccwpck_require__(97334);
;// CONCATENATED MODULE: ./packages/local-index/jwt.ts
/** Compact JWS (JWT) decoding, verification (RS256, ES256) and signing with node's crypto. */

/** Raised for a token that is not a well-formed JWT. */
class MalformedJwtError extends Error {
    name = 'MalformedJwtError';
}
function decodeJsonPart(part, what) {
    if (!/^[A-Za-z0-9_-]*$/.test(part))
        throw new MalformedJwtError(`the JWT ${what} is not base64url`);
    let value;
    try {
        value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw new MalformedJwtError(`the JWT ${what} is not JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new MalformedJwtError(`the JWT ${what} is not a JSON object`);
    }
    return value;
}
/** Splits and decodes a compact JWT without checking its signature. */
function decodeJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new MalformedJwtError('a JWT has three dot-separated parts');
    const [header, payload, signature] = parts;
    if (!/^[A-Za-z0-9_-]+$/.test(signature))
        throw new MalformedJwtError('the JWT signature is not base64url');
    return {
        header: decodeJsonPart(header, 'header'),
        claims: decodeJsonPart(payload, 'payload'),
        signingInput: `${header}.${payload}`,
        signature: Buffer.from(signature, 'base64url'),
    };
}
/** True when `signature` over `signingInput` verifies with `key` under `alg`. */
function verifyJwtSignature(decoded, key) {
    const alg = decoded.header.alg;
    if (alg === 'RS256') {
        if (key.asymmetricKeyType !== 'rsa')
            return false;
        return (0,external_node_crypto_.verify)('sha256', Buffer.from(decoded.signingInput), key, decoded.signature);
    }
    if (alg === 'ES256') {
        if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
            return false;
        // JWS carries ECDSA signatures as raw r||s, not DER.
        return (0,external_node_crypto_.verify)('sha256', Buffer.from(decoded.signingInput), { key, dsaEncoding: 'ieee-p1363' }, decoded.signature);
    }
    return false;
}
/** A public key from a JWK, a PEM string, or an existing KeyObject. */
function toPublicKey(key) {
    if (typeof key === 'string')
        return (0,external_node_crypto_.createPublicKey)(key);
    if ('asymmetricKeyType' in key && typeof key.export === 'function')
        return key;
    return (0,external_node_crypto_.createPublicKey)({ key: key, format: 'jwk' });
}

;// CONCATENATED MODULE: ./packages/local-index/trusted-publishing.ts
/**
 * Trusted publishing as PyPI does it for GitHub: an OIDC token signed by a known issuer, whose claims
 * match a configured publisher, is exchanged for a short-lived upload token. Errors use PyPI's codes.
 */



/** How long a minted token is valid, as on PyPI (seconds). */
const MINTED_TOKEN_LIFETIME = 900;
const LEEWAY = 30;
function invalid(code, description) {
    return { status: 422, body: { message: 'Token request failed', errors: [{ code, description }] } };
}
function keysFor(publisher, kid) {
    const keys = [];
    if (publisher.publicKey)
        keys.push(toPublicKey(publisher.publicKey));
    for (const jwk of publisher.jwks?.keys ?? []) {
        if (typeof kid === 'string' &&
            jwk.kid !== undefined &&
            jwk.kid !== kid)
            continue;
        keys.push(toPublicKey(jwk));
    }
    return keys;
}
/** PyJWT's checks as warehouse configures them: iss, iat, exp, aud required; exp, nbf, iat, aud verified. */
function registeredClaimsValid(claims, issuer, audience, nowSeconds) {
    for (const name of ['iss', 'iat', 'exp', 'aud'])
        if (claims[name] === undefined)
            return false;
    if (claims.iss !== issuer)
        return false;
    const { exp, iat, nbf, aud } = claims;
    if (typeof exp !== 'number' || exp <= nowSeconds - LEEWAY)
        return false;
    if (typeof iat !== 'number' || iat > nowSeconds + LEEWAY)
        return false;
    if (nbf !== undefined && (typeof nbf !== 'number' || nbf > nowSeconds + LEEWAY))
        return false;
    // strict_aud: one audience, ours, and nothing else.
    return aud === audience;
}
function workflowOf(jobWorkflowRef, repository) {
    const prefix = `${repository}/.github/workflows/`;
    if (!jobWorkflowRef.toLowerCase().startsWith(prefix.toLowerCase()))
        return null;
    const rest = jobWorkflowRef.slice(prefix.length);
    const at = rest.indexOf('@');
    return at < 0 ? rest : rest.slice(0, at);
}
/** Warehouse's GitHub claim checks for one publisher; a message when a check fails. */
function verifyGitHubClaims(publisher, claims) {
    for (const name of ['sub', 'repository', 'repository_owner', 'job_workflow_ref', 'ref', 'sha']) {
        if (claims[name] === undefined || claims[name] === null)
            return `Missing claim '${name}'`;
    }
    const sub = String(claims.sub);
    const [org, repo] = sub.split(':');
    if (!org || !repo || `${org}:${repo}`.toLowerCase() !== `repo:${publisher.repository}`.toLowerCase()) {
        return "Check failed for required claim 'sub'";
    }
    if (String(claims.repository).toLowerCase() !== publisher.repository.toLowerCase()) {
        return "Check failed for required claim 'repository'";
    }
    if (String(claims.repository_owner) !== publisher.repository.split('/')[0]) {
        return "Check failed for required claim 'repository_owner'";
    }
    const ref = claims.ref ? String(claims.ref) : '';
    const sha = claims.sha ? String(claims.sha) : '';
    if (!ref && !sha)
        return 'The ref and sha claims are empty';
    const base = `${publisher.repository}/.github/workflows/${publisher.workflow}`;
    const expected = [ref, sha].filter((r) => r).map((r) => `${base}@${r}`);
    const got = String(claims.job_workflow_ref);
    if (!expected.includes(got)) {
        const list = [...expected]
            .sort()
            .map((e) => `'${e}'`)
            .join(', ');
        return `The job_workflow_ref claim does not match, expecting one of [${list}], got '${got}'`;
    }
    if (publisher.environment) {
        const env = typeof claims.environment === 'string' ? claims.environment : '';
        if (!env || env.toLowerCase() !== publisher.environment.toLowerCase()) {
            return "Check failed for optional claim 'environment'";
        }
    }
    return null;
}
/** Warehouse's lookup: same repository and workflow file, the environment-specific publisher first. */
function findPublisher(publishers, claims) {
    const repository = typeof claims.repository === 'string' ? claims.repository : '';
    const jobWorkflowRef = typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : '';
    const workflow = workflowOf(jobWorkflowRef, repository);
    if (!repository || workflow === null)
        return null;
    const candidates = publishers.filter((p) => p.repository.toLowerCase() === repository.toLowerCase() && workflow.startsWith(p.workflow));
    const environment = typeof claims.environment === 'string' ? claims.environment.toLowerCase() : '';
    return (candidates.find((p) => environment && p.environment?.toLowerCase() === environment) ??
        candidates.find((p) => !p.environment) ??
        null);
}
/** The trusted publishing service of one index: verifies OIDC tokens and remembers the tokens it minted. */
class TrustedPublishing {
    publishers;
    audience;
    now;
    minted = new Map();
    usedJtis = new Map();
    constructor(publishers, audience, now = Date.now) {
        this.publishers = publishers;
        this.audience = audience;
        this.now = now;
    }
    /** True when at least one publisher is configured. */
    get enabled() {
        return this.publishers.length > 0;
    }
    /** Handles a `POST /_/oidc/mint-token` body. */
    mint(body) {
        let unverified;
        try {
            const payload = JSON.parse(body);
            const token = payload?.token;
            if (typeof token !== 'string')
                throw new Error('token');
            unverified = token;
        }
        catch {
            return invalid('invalid-payload', "1 validation error for TokenPayload\ntoken\n  Field required: a JSON object with a string 'token'");
        }
        let decoded;
        try {
            decoded = decodeJwt(unverified);
            if (typeof decoded.claims.iss !== 'string')
                throw new MalformedJwtError('no iss');
        }
        catch {
            return invalid('invalid-payload', 'malformed JWT');
        }
        const issuer = decoded.claims.iss;
        const forIssuer = this.publishers.filter((p) => p.issuer === issuer);
        if (forIssuer.length === 0)
            return invalid('invalid-payload', 'unknown trusted publishing issuer');
        const nowSeconds = Math.floor(this.now() / 1000);
        const keys = forIssuer.flatMap((p) => keysFor(p, decoded.header.kid));
        const signed = keys.some((key) => verifyJwtSignature(decoded, key));
        if (!signed || !registeredClaimsValid(decoded.claims, issuer, this.audience, nowSeconds)) {
            return invalid('invalid-token', 'malformed or invalid token');
        }
        const claims = decoded.claims;
        const publisher = findPublisher(forIssuer, claims);
        if (!publisher) {
            return invalid('invalid-publisher', 'valid token, but no corresponding publisher (All lookup strategies exhausted)');
        }
        const failure = verifyGitHubClaims(publisher, claims);
        if (failure)
            return invalid('invalid-publisher', `valid token, but no corresponding publisher (${failure})`);
        if (typeof claims.jti === 'string') {
            this.forgetExpired(nowSeconds);
            if (this.usedJtis.has(claims.jti))
                return invalid('invalid-reuse-token', 'invalid token: already used');
            this.usedJtis.set(claims.jti, Number(claims.exp));
        }
        const token = `pypi-${(0,external_node_crypto_.randomBytes)(32).toString('base64url')}`;
        const expires = nowSeconds + MINTED_TOKEN_LIFETIME;
        this.minted.set(token, {
            expires,
            project: publisher.project ? normalizeProjectName(publisher.project) : null,
            publisher,
        });
        return { status: 200, body: { success: true, token, expires } };
    }
    /**
     * The claims of an OIDC token for `audience` signed by a configured issuer (the Sigstore stand-in's Fulcio
     * asks with `sigstore`), or why it is not one.
     */
    verifyIdToken(token, audience) {
        let decoded;
        try {
            decoded = decodeJwt(token);
        }
        catch {
            return 'malformed JWT';
        }
        const issuer = typeof decoded.claims.iss === 'string' ? decoded.claims.iss : '';
        const keys = this.publishers
            .filter((p) => p.issuer === issuer)
            .flatMap((p) => keysFor(p, decoded.header.kid));
        if (keys.length === 0)
            return `unknown issuer ${JSON.stringify(issuer)}`;
        if (!keys.some((key) => verifyJwtSignature(decoded, key)))
            return 'invalid signature';
        const nowSeconds = Math.floor(this.now() / 1000);
        if (!registeredClaimsValid(decoded.claims, issuer, audience, nowSeconds))
            return `the token is expired or not for audience ${JSON.stringify(audience)}`;
        return decoded.claims;
    }
    /**
     * The minted token `password` stands for, and whether it has expired (PyPI still knows an expired token:
     * it refuses it only when checking permissions, after the form); null when it was never minted here.
     */
    lookup(password) {
        const found = this.minted.get(password);
        if (!found)
            return null;
        return { ...found, expired: found.expires <= Math.floor(this.now() / 1000) };
    }
    forgetExpired(nowSeconds) {
        for (const [jti, exp] of this.usedJtis)
            if (exp + LEEWAY < nowSeconds)
                this.usedJtis.delete(jti);
    }
}

;// CONCATENATED MODULE: ./packages/local-index/upload-slots.ts
/**
 * How many uploads the index takes at once, and the memory they hold: a fixed number of slots (an upload
 * beyond them is answered 503 with Retry-After before its body is read), each holding at most a known
 * number of bytes, so the whole is bounded by the cap. The index keeps its own account of both.
 */
/** The slots of one index. */
class UploadSlots {
    cap;
    perUploadBytes;
    active = 0;
    peakActive = 0;
    refused = 0;
    held = 0;
    peakHeld = 0;
    /** `cap` slots of at most `perUploadBytes` each. */
    constructor(cap, perUploadBytes) {
        this.cap = cap;
        this.perUploadBytes = perUploadBytes;
    }
    /** A slot, or null (counted as refused) when all are taken. */
    take() {
        if (this.active >= this.cap) {
            this.refused += 1;
            return null;
        }
        this.active += 1;
        this.peakActive = Math.max(this.peakActive, this.active);
        let mine = 0;
        let released = false;
        return {
            hold: (bytes) => {
                if (released)
                    return;
                this.held += bytes - mine;
                mine = bytes;
                this.peakHeld = Math.max(this.peakHeld, this.held);
            },
            release: () => {
                if (released)
                    return;
                released = true;
                this.held -= mine;
                this.active -= 1;
            },
        };
    }
    /** The account as it stands. */
    snapshot() {
        return {
            cap: this.cap,
            active: this.active,
            peakActive: this.peakActive,
            refused: this.refused,
            heldBytes: this.held,
            peakHeldBytes: this.peakHeld,
            boundBytes: this.cap * this.perUploadBytes,
        };
    }
}

;// CONCATENATED MODULE: ./packages/local-index/server.ts
/** `startIndex`: the HTTP server on node's own `http`; `router.ts` decides which handler answers. */












/** How long `close()` lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 10_000;
/** Defaults of the load limits (IndexOptions). */
const LOAD_DEFAULTS = {
    maxConcurrentUploads: 32,
    idleTimeoutMs: 60_000,
    requestTimeoutMs: 15 * 60_000,
};
/** Raised when the index cannot start; the message is one line naming the cause and the fix. */
class IndexStartError extends Error {
    name = 'IndexStartError';
}
function listen(server, host, port) {
    return new Promise((resolve, reject) => {
        const onError = (error) => {
            server.off('listening', onListening);
            if (error.code === 'EADDRINUSE')
                reject(new IndexStartError(`port ${port} on ${host} is already in use; choose another with --port (0 picks a free one)`));
            else if (error.code === 'EACCES')
                reject(new IndexStartError(`not allowed to listen on ${host}:${port}; use a port above 1023`));
            else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
                reject(new IndexStartError(`cannot listen on host ${host}: no such local address; use --host 127.0.0.1`));
            else
                reject(error);
        };
        const onListening = () => {
            server.off('error', onError);
            resolve(server.address());
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(port, host);
    });
}
function formatHost(host) {
    return host.includes(':') ? `[${host}]` : host;
}
/** The load limits, defaults filled in; a value that is no positive whole number stops the start. */
function loadLimits(options) {
    const limits = { ...LOAD_DEFAULTS };
    for (const key of Object.keys(limits)) {
        const value = options[key];
        if (value === undefined)
            continue;
        if (!Number.isSafeInteger(value) || value < 1)
            throw new IndexStartError(`${key} must be a positive whole number, got ${value}`);
        limits[key] = value;
    }
    return limits;
}
/** The parts and settings every handler shares, from the options (defaults filled in). */
function createContext(options, store, limits) {
    const trusted = new TrustedPublishing(options.trustedPublishers ?? [], options.oidcAudience ?? 'pypi', options.clock);
    return {
        store,
        trusted,
        sigstore: new SigstoreService(trusted, store.absolute(SIGSTORE_TRUST_FILE), options.sigstoreCertificateTime),
        faults: options.faults && options.faults.rate > 0 ? new faults/* FaultPlan */.g7(options.faults) : null,
        token: options.token,
        maxFileSize: options.maxFileSize ?? PYPI_MAX_FILE_SIZE,
        visibilityDelayMs: options.visibilityDelayMs ?? 0,
        simpleFormats: options.simpleFormats ?? 'both',
        descriptions: new PythonRstRenderer(),
        inFlight: new Set(),
        uploads: new UploadSlots(limits.maxConcurrentUploads, UPLOAD_HELD_BOUND),
        idleTimeoutMs: limits.idleTimeoutMs,
        now: options.clock ?? Date.now,
    };
}
/** The HTTP server: each request routed, logged when it closes, and tracked until it finishes. */
function createIndexServer(ctx, admin, baseUrl, onRequest, requestTimeoutMs) {
    // Node checks the request timeout on this interval: a tenth of it keeps the overrun small.
    const checking = Math.max(50, Math.min(30_000, Math.floor(requestTimeoutMs / 10)));
    const timeouts = {
        requestTimeout: requestTimeoutMs,
        headersTimeout: Math.min(60_000, requestTimeoutMs),
        connectionsCheckingInterval: checking,
    };
    const server = (0,external_node_http_.createServer)(timeouts, (req, res) => {
        const started = performance.now();
        const notes = { fault: null };
        res.on('close', () => {
            onRequest?.({
                method: req.method ?? '',
                path: req.url ?? '',
                status: res.headersSent ? res.statusCode : 0,
                contentType: res.getHeader('content-type') ?? null,
                fault: notes.fault,
                durationMs: performance.now() - started,
            });
        });
        const url = new URL(req.url ?? '/', 'http://index.invalid');
        const work = route({ ctx, admin, req, res, url, notes, baseUrl: baseUrl() }).catch((error) => {
            if (!res.headersSent && !res.destroyed)
                sendError(req, res, 500, `Internal error: ${error.message}`);
            else
                res.destroy();
        });
        ctx.inFlight.add(work);
        void work.finally(() => ctx.inFlight.delete(work));
    });
    // A silent connection is closed (node destroys the socket): a stalled upload frees its slot.
    server.timeout = ctx.idleTimeoutMs;
    return server;
}
/**
 * Stops listening, lets requests in flight finish within a grace period, then cuts their connections
 * (an upload cut off leaves nothing behind, as after a crash) and releases the storage.
 */
async function closeIndex(server, ctx) {
    const stopped = new Promise((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer;
    const grace = new Promise((resolve) => {
        timer = setTimeout(resolve, CLOSE_GRACE_MS);
    });
    await Promise.race([Promise.allSettled([...ctx.inFlight]), grace]);
    clearTimeout(timer);
    server.closeAllConnections();
    await Promise.allSettled([...ctx.inFlight]);
    await stopped;
    ctx.descriptions.close();
    await ctx.store.close();
}
/** Starts an index serving `options.storageDir`; see IndexOptions for everything it can do. */
async function startIndex(options) {
    const host = options.host ?? '127.0.0.1';
    const port = options.port ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new IndexStartError(`port must be 0-65535, got ${port}`);
    const limits = loadLimits(options);
    const store = await local_index_store/* IndexStore */.gX.open(options.storageDir, options.storageSystem);
    const ctx = createContext(options, store, limits);
    const admin = createAdmin(store);
    let baseUrl = '';
    const server = createIndexServer(ctx, admin, () => baseUrl, options.onRequest, limits.requestTimeoutMs);
    let address;
    try {
        address = await listen(server, host, port);
    }
    catch (error) {
        await store.close();
        throw error;
    }
    // Only once listening: the notice starts the renderer, a Python process an index that failed to start
    // would leave running.
    if (options.onNotice)
        void announceDescriptions(ctx.descriptions, options.onNotice);
    baseUrl = `http://${formatHost(host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host)}:${address.port}`;
    ctx.sigstore.baseUrl = baseUrl;
    let closing = null;
    return {
        url: baseUrl,
        uploadUrl: `${baseUrl}/legacy/`,
        simpleUrl: `${baseUrl}/simple/`,
        jsonUrl: `${baseUrl}/pypi/`,
        port: address.port,
        admin,
        load: () => ctx.uploads.snapshot(),
        close: () => (closing ??= closeIndex(server, ctx)),
    };
}


/***/ }),

/***/ 88219:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ listDamage),
/* harmony export */   Pk: () => (/* binding */ damageMessage)
/* harmony export */ });
/* unused harmony export repairCommand */
/** The command that repairs the storage directory `dir`, as a user would type it. */
function repairCommand(dir) {
    const quoted = /^[\w@%+=:,./\\-]+$/.test(dir) ? dir : `"${dir.replace(/(["\\$`])/g, '\\$1')}"`;
    return `release-actions index repair --storage ${quoted}`;
}
/** The one-line message that stops an index on damaged storage: the line, the problem, the way out. */
function damageMessage(dir, journalPath, damage) {
    return `${journalPath}: line ${damage.line} ${damage.problem}; the index state is damaged. Run '${repairCommand(dir)}' to set the damage aside (the journal is kept as a copy)`;
}
/** The files the journal's entries leave live, with the line that added each. */
function liveFiles(lines) {
    const live = new Map();
    for (const line of lines) {
        if (!('entry' in line))
            continue;
        const { entry } = line;
        if (entry.op === 'add')
            live.set(entry.file.filename, { line: line.number, file: entry.file });
        else if (entry.op === 'delete')
            live.delete(entry.filename);
    }
    return live;
}
async function sizeOf(system, path) {
    try {
        const stats = await system.fs.stat(path);
        return stats.isFile() ? stats.size : null;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
/** What is wrong with a live file's bytes (and its core metadata file), or null. */
async function fileProblem(system, file, absolute) {
    const size = await sizeOf(system, absolute(file.path));
    if (size === null)
        return `records ${file.path}, which is missing`;
    if (size !== file.size)
        return `records ${file.path} of ${file.size} bytes, which has ${size}`;
    if (file.coreMetadata && (await sizeOf(system, absolute(`${file.path}.metadata`))) === null)
        return `records ${file.path}.metadata, which is missing`;
    return null;
}
/** Every damaged line, in journal order: lines that hold no entry first found, then files that are not sound. */
async function listDamage(system, lines, absolute) {
    const damage = lines.flatMap((line) => 'problem' in line ? [{ line: line.number, problem: line.problem }] : []);
    for (const { line, file } of liveFiles(lines).values()) {
        const problem = await fileProblem(system, file, absolute);
        if (problem)
            damage.push({ line, problem, filename: file.filename });
    }
    return damage.sort((a, b) => a.line - b.line);
}


/***/ }),

/***/ 42869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ writeFailureAnswer),
/* harmony export */   DR: () => (/* binding */ StorageWriteError),
/* harmony export */   EU: () => (/* binding */ writeFailure),
/* harmony export */   aq: () => (/* binding */ StorageError)
/* harmony export */ });
/* unused harmony export FULL_RETRY_AFTER_SECONDS */
/** Failures of the storage directory: at start-up (StorageError) and while writing a change (StorageWriteError). */
/** Raised when the storage directory cannot be used; the message names it and says why. */
class StorageError extends Error {
    name = 'StorageError';
}
/**
 * A change that could not be written: nothing of it was kept. `code` is the system's (ENOSPC, EIO…), or
 * `EJOURNAL` when an earlier failed write could not be undone and the index takes no changes until restarted.
 */
class StorageWriteError extends Error {
    code;
    what;
    name = 'StorageWriteError';
    constructor(code, what) {
        super(`${what} failed (${code})`);
        this.code = code;
        this.what = what;
    }
}
/** Wraps a file-system failure while doing `what` (one wrapping only: the innermost `what` is kept). */
function writeFailure(error, what) {
    if (error instanceof StorageWriteError)
        return error;
    return new StorageWriteError(error.code ?? 'EIO', what);
}
/** How long a client should wait before retrying when the storage is full. */
const FULL_RETRY_AFTER_SECONDS = 30;
/** The HTTP answer to a failed write: 503 with Retry-After when the disk is full, 503 when restarting is the cure, 500 otherwise. */
function writeFailureAnswer(error) {
    if (error.code === 'ENOSPC' || error.code === 'EDQUOT') {
        return {
            status: 503,
            message: `The index's storage is full (${error.code} while ${error.what}); nothing was stored, retry later.`,
            headers: { 'Retry-After': String(FULL_RETRY_AFTER_SECONDS) },
        };
    }
    if (error.code === 'EJOURNAL') {
        return {
            status: 503,
            message: `The index could not undo a failed write to its journal and takes no changes until it is restarted; nothing was stored.`,
            headers: {},
        };
    }
    return {
        status: 500,
        message: `The index could not write its storage (${error.code} while ${error.what}); nothing was stored.`,
        headers: {},
    };
}


/***/ }),

/***/ 63972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ probeWritable),
/* harmony export */   KM: () => (/* binding */ writeFully),
/* harmony export */   Kb: () => (/* binding */ makeDirectories),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   nQ: () => (/* binding */ NODE_STORAGE),
/* harmony export */   zR: () => (/* binding */ syncDirectory)
/* harmony export */ });
/* unused harmony export syncsDirectories */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The file operations the index's storage goes through, and the platform they run on: node's own by
 * default, a test's with injected failures (ENOSPC, EIO, Windows' EPERM) otherwise. Everything that makes
 * a change durable lives here: full writes, fsync of the file through its own write handle (Windows
 * refuses fsync on a read-only one), and fsync of a directory whose entries changed, where the platform
 * can (Windows cannot open a directory as a file; NTFS journals its metadata itself).
 */



/** Node's file system on this machine. */
const NODE_STORAGE = { fs: node_fs_promises__WEBPACK_IMPORTED_MODULE_1__, platform: process.platform };
/**
 * Whether a directory can be fsynced (opened read-only, then fsync) to make a new entry or a rename in it
 * durable: on POSIX systems yes; on Windows a directory cannot be opened that way, and NTFS commits
 * metadata changes through its own journal.
 */
function syncsDirectories(platform) {
    return platform !== 'win32';
}
/** Fsyncs a directory after an entry in it was created, renamed or removed; nothing where the platform cannot. */
async function syncDirectory(system, dir) {
    if (!syncsDirectories(system.platform))
        return;
    const handle = await system.fs.open(dir, 'r');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/** Writes all of `bytes` at `position`, however short each write comes back; a write of nothing is an error. */
async function writeFully(handle, bytes, position) {
    let done = 0;
    while (done < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
        if (bytesWritten <= 0)
            throw Object.assign(new Error('the write stored nothing'), { code: 'EIO' });
        done += bytesWritten;
    }
}
/** Creates `path` holding `bytes`, fsynced through its own handle before it is closed. */
async function writeNewFile(system, path, bytes) {
    const handle = await system.fs.open(path, 'wx');
    try {
        await writeFully(handle, bytes, 0);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * `mkdir -p`, one level at a time, fsyncing the parent of each directory it creates (so the new entry is
 * durable). Node's recursive mkdir spins forever under /proc, and this way the first level that fails is the
 * one named in the error. Resolves with the directories it created.
 */
async function makeDirectories(system, dir) {
    const missing = [];
    let at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    for (;;) {
        try {
            if (!(await system.fs.stat(at)).isDirectory())
                throw Object.assign(new Error(`${at} is not a directory`), { code: 'ENOTDIR' });
            break;
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            missing.unshift(at);
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at);
            if (parent === at)
                break;
            at = parent;
        }
    }
    const created = [];
    for (const path of missing) {
        try {
            await system.fs.mkdir(path);
            created.push(path);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
    for (const path of created)
        await syncDirectory(system, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
    return created;
}
/** Whether the storage directory takes writes: root passes access() everywhere, so a real write decides. */
async function probeWritable(system, dir, probe) {
    await system.fs.access(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    await writeNewFile(system, probe, new Uint8Array(0));
    await system.fs.rm(probe, { recursive: false, force: true });
}


/***/ }),

/***/ 97334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RD: () => (/* binding */ JOURNAL_FILE),
/* harmony export */   gX: () => (/* binding */ IndexStore)
/* harmony export */ });
/* unused harmony export blobPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(91853);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(86672);
/* harmony import */ var _storage_check_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(88219);
/* harmony import */ var _storage_error_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(42869);
/* harmony import */ var _storage_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(63972);
/**
 * The index's storage directory: file bytes under `packages/`, state in `journal.jsonl`, uploads in
 * progress under `tmp/`. A file is served only after its bytes are fsynced, renamed into place (the
 * directory fsynced) and its journal line is on disk, so a crash at any point leaves either the old state or
 * the new one; a write that fails leaves the old state and says so (StorageWriteError).
 */







/** The journal's file name in the storage directory. */
const JOURNAL_FILE = 'journal.jsonl';
/** The path PyPI would give a file: `packages/<b2[0:2]>/<b2[2:4]>/<b2[4:]>/<filename>`. */
function blobPath(blake2b256, filename) {
    return ['packages', blake2b256.slice(0, 2), blake2b256.slice(2, 4), blake2b256.slice(4), filename].join('/');
}
/** Creates the storage directory's parts and proves it takes writes, or says which directory cannot. */
async function prepareDirectory(system, dir) {
    try {
        await (0,_storage_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .makeDirectories */ .Kb)(system, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'tmp'));
        await (0,_storage_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .makeDirectories */ .Kb)(system, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'packages'));
        await (0,_storage_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .probeWritable */ .Jg)(system, dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'tmp', '.probe'));
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new _storage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .StorageError */ .aq(`storage directory ${dir} is not writable (${code}); choose another with --storage`);
    }
}
/** The storage directory of one running index. */
class IndexStore {
    dir;
    system;
    lock;
    projectsByName = new Map();
    filesByName = new Map();
    deleted = new Set();
    queue = Promise.resolve();
    serialNumber = 0;
    journal = null;
    constructor(dir, system, lock) {
        this.dir = dir;
        this.system = system;
        this.lock = lock;
    }
    /**
     * Opens `dir` (created if missing), replays its journal and sweeps leftovers of a crash. A torn last line
     * is cut off; any other damage (a line that is no entry, a file the journal records missing or cut short)
     * stops the start with the line named and the repair command.
     */
    static async open(dir, system = _storage_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .NODE_STORAGE */ .nQ) {
        await prepareDirectory(system, dir);
        const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .lockDirectory */ .Z)(dir);
        try {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, JOURNAL_FILE);
            const scan = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_5__/* .readJournalFile */ .Wp)(system, path);
            const store = new IndexStore(dir, system, lock);
            store.replay(scan.lines);
            const [damage] = await (0,_storage_check_js__WEBPACK_IMPORTED_MODULE_6__/* .listDamage */ .Os)(system, scan.lines, (p) => store.absolute(p));
            if (damage)
                throw new _storage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .StorageError */ .aq((0,_storage_check_js__WEBPACK_IMPORTED_MODULE_6__/* .damageMessage */ .Pk)(dir, path, damage));
            store.journal = await _journal_js__WEBPACK_IMPORTED_MODULE_5__/* .Journal */ .CQ.open(system, path, scan.completeBytes);
            await store.sweep();
            return store;
        }
        catch (error) {
            await lock.release();
            throw error;
        }
    }
    /** The journal's length: PyPI's `last_serial` for this index. */
    get serial() {
        return this.serialNumber;
    }
    /** A fresh path under `tmp/` for an upload in progress. */
    tempPath() {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'tmp', `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}.part`);
    }
    /** Absolute path of a stored file's bytes. */
    absolute(path) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, ...path.split('/'));
    }
    /** A project by its normalized name. */
    project(normalized) {
        return this.projectsByName.get(normalized);
    }
    /** All projects, in name order. */
    projects() {
        return [...this.projectsByName.values()].sort((a, b) => (a.normalized < b.normalized ? -1 : 1));
    }
    /** A stored file by filename, with its project and release. */
    file(filename) {
        return this.filesByName.get(filename);
    }
    /** True when `filename` was stored once and deleted: PyPI never lets it be used again. */
    isDeleted(filename) {
        return this.deleted.has(filename);
    }
    /** Every filename deleted so far. */
    deletedFilenames() {
        return [...this.deleted];
    }
    /** Runs `task` with no other `exclusive` task running: checks against the state and the write that follows. */
    exclusive(task) {
        const run = this.queue.then(task, task);
        this.queue = run.catch(() => undefined);
        return run;
    }
    /**
     * Moves an upload into place and records it. Call inside `exclusive`. On failure nothing of it is served
     * and its bytes are taken back out (left to the next start's sweep when the journal's tail is unknown).
     */
    async add(input) {
        const path = blobPath(input.digests.blake2b_256, input.filename);
        const target = this.absolute(path);
        const placed = await this.place(input, target);
        const file = {
            filename: input.filename,
            project: input.project,
            version: input.version,
            packagetype: input.packagetype,
            pythonVersion: input.pythonVersion,
            requiresPython: input.requiresPython,
            size: input.size,
            digests: input.digests,
            uploadTime: input.uploadTime,
            path,
            coreMetadata: input.coreMetadata?.digests ?? null,
            ...(input.provenance ? { provenance: true } : {}),
        };
        try {
            await this.record({
                op: 'add',
                projectName: input.projectName,
                version: input.version,
                versionKey: input.versionKey,
                metadata: input.metadata,
                file,
            });
        }
        catch (error) {
            if (!this.journal?.broken)
                await this.removeQuietly(placed);
            throw error;
        }
        return file;
    }
    /** Deletes a file for good: its name can never be uploaded again. False if there is no such file. */
    async deleteFile(filename) {
        const found = this.filesByName.get(filename);
        if (!found)
            return false;
        await this.record({ op: 'delete', filename, time: new Date().toISOString() });
        // Bytes left behind (Windows refuses to remove a file being downloaded) go with the next start's sweep.
        const target = this.absolute(found.file.path);
        await this.removeQuietly([target, `${target}.metadata`, `${target}.provenance`]);
        return true;
    }
    /** Marks a release yanked (PEP 592). False if there is no such release. */
    async yank(project, versionKey, reason) {
        if (!this.projectsByName.get(project)?.releases.has(versionKey))
            return false;
        await this.record({ op: 'yank', project, versionKey, reason, time: new Date().toISOString() });
        return true;
    }
    /** Takes a yank back. False if there is no such release. */
    async unyank(project, versionKey) {
        if (!this.projectsByName.get(project)?.releases.has(versionKey))
            return false;
        await this.record({ op: 'unyank', project, versionKey, time: new Date().toISOString() });
        return true;
    }
    /** Closes the journal and releases the directory lock. */
    async close() {
        await this.queue;
        await this.journal?.close();
        await this.lock.release();
    }
    /**
     * The upload's bytes (and its core metadata and provenance files) renamed to `target`, each fsynced, the directories
     * created for it and the one it lands in fsynced; the paths placed. On failure, none stays.
     */
    async place(input, target) {
        const placed = [];
        let sidecarTemp = null;
        const sidecars = [
            ['.metadata', input.coreMetadata?.bytes],
            ['.provenance', input.provenance],
        ];
        try {
            await (0,_storage_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .makeDirectories */ .Kb)(this.system, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target));
            for (const [suffix, bytes] of sidecars) {
                if (!bytes)
                    continue;
                sidecarTemp = this.tempPath();
                await (0,_storage_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .writeNewFile */ .S0)(this.system, sidecarTemp, bytes);
                await this.system.fs.rename(sidecarTemp, `${target}${suffix}`);
                sidecarTemp = null;
                placed.push(`${target}${suffix}`);
            }
            await this.system.fs.rename(input.tempPath, target);
            placed.push(target);
            await (0,_storage_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .syncDirectory */ .zR)(this.system, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target));
            return placed;
        }
        catch (error) {
            await this.removeQuietly(sidecarTemp ? [sidecarTemp, ...placed] : placed);
            throw (0,_storage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFailure */ .EU)(error, 'storing the file');
        }
    }
    async removeQuietly(paths) {
        for (const path of paths)
            await this.system.fs.rm(path, { recursive: false, force: true }).catch(() => undefined);
    }
    async record(entry) {
        if (!this.journal)
            throw new Error('the store is not open');
        await this.journal.append(entry);
        this.apply(entry);
    }
    replay(lines) {
        for (const line of lines)
            if ('entry' in line)
                this.apply(line.entry);
    }
    apply(entry) {
        this.serialNumber += 1;
        switch (entry.op) {
            case 'add': {
                let project = this.projectsByName.get(entry.file.project);
                if (!project) {
                    project = { name: entry.projectName, normalized: entry.file.project, releases: new Map() };
                    this.projectsByName.set(project.normalized, project);
                }
                // warehouse renames a project to the spelling of its latest upload (package_name → Package-Name).
                project.name = entry.projectName;
                let release = project.releases.get(entry.versionKey);
                if (!release) {
                    release = {
                        version: entry.version,
                        key: entry.versionKey,
                        metadata: entry.metadata,
                        yanked: false,
                        yankedReason: '',
                        files: [],
                    };
                    project.releases.set(entry.versionKey, release);
                }
                release.files.push(entry.file);
                this.filesByName.set(entry.file.filename, { project, release, file: entry.file });
                return;
            }
            case 'delete': {
                const found = this.filesByName.get(entry.filename);
                this.deleted.add(entry.filename);
                if (!found)
                    return;
                this.filesByName.delete(entry.filename);
                // As on PyPI, the release stays (with no files) when its last file goes.
                found.release.files = found.release.files.filter((f) => f.filename !== entry.filename);
                return;
            }
            case 'yank':
            case 'unyank': {
                const release = this.projectsByName.get(entry.project)?.releases.get(entry.versionKey);
                if (!release)
                    return;
                release.yanked = entry.op === 'yank';
                release.yankedReason = entry.op === 'yank' ? entry.reason : '';
                return;
            }
        }
    }
    /** Removes what a crash can leave behind: partial uploads and bytes renamed in but never journaled. */
    async sweep() {
        const { fs } = this.system;
        for (const name of await fs.readdir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'tmp'))) {
            await fs.rm((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'tmp', name), { force: true, recursive: true });
        }
        const known = new Set();
        for (const { file } of this.filesByName.values()) {
            known.add(file.path);
            if (file.coreMetadata)
                known.add(`${file.path}.metadata`);
            if (file.provenance)
                known.add(`${file.path}.provenance`);
        }
        for (const path of await listFiles(this.system, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'packages'), 'packages')) {
            if (!known.has(path))
                await fs.unlink(this.absolute(path));
        }
    }
}
/** Every file under `dir`, as `/`-separated paths starting with `prefix`. */
async function listFiles(system, dir, prefix) {
    const found = [];
    for (const name of await system.fs.readdir(dir)) {
        const stats = await system.fs.stat((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
        if (stats.isDirectory())
            found.push(...(await listFiles(system, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), `${prefix}/${name}`)));
        else if (stats.isFile())
            found.push(`${prefix}/${name}`);
    }
    return found;
}


/***/ }),

/***/ 62831:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readActionMetadata)
/* harmony export */ });
/* unused harmony export parseActionMetadata */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(38815);



function fields(value, file, kind) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object')
        throw new Error(`${file}: ${kind} must be a mapping`);
    const result = {};
    for (const [name, raw] of Object.entries(value)) {
        const field = (raw ?? {});
        if (typeof field['description'] !== 'string')
            throw new Error(`${file}: ${kind}.${name} needs a description`);
        result[name] = {
            description: field['description'],
            ...(typeof field['required'] === 'boolean' ? { required: field['required'] } : {}),
            ...(field['default'] !== undefined ? { default: String(field['default']) } : {}),
        };
    }
    return result;
}
/** Parses action.yml text; `file` names it in errors. */
function parseActionMetadata(text, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    if (!doc || typeof doc !== 'object')
        throw new Error(`${file}: not a YAML mapping`);
    const runs = (doc['runs'] ?? {});
    if (typeof runs['using'] !== 'string' || typeof runs['main'] !== 'string') {
        throw new Error(`${file}: runs.using and runs.main are required for a JavaScript action`);
    }
    return {
        name: String(doc['name'] ?? ''),
        description: String(doc['description'] ?? ''),
        using: runs['using'],
        main: runs['main'],
        inputs: fields(doc['inputs'], file, 'inputs'),
        outputs: fields(doc['outputs'], file, 'outputs'),
    };
}
/** Reads `action.yml` (or `action.yaml`) from an action directory. */
async function readActionMetadata(actionDir) {
    for (const name of ['action.yml', 'action.yaml']) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(actionDir, name);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => null);
        if (text !== null)
            return parseActionMetadata(text, file);
    }
    throw new Error(`${actionDir}: no action.yml found; build the actions first (npm run build)`);
}


/***/ }),

/***/ 5405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseFileCommands)
/* harmony export */ });
/** Reads GITHUB_OUTPUT / GITHUB_ENV files the way the runner does: `k=v` lines and `k<<DELIM` heredocs. */
function parseFileCommands(text, source = 'file command') {
    const result = {};
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '')
            continue;
        const equals = line.indexOf('=');
        const heredoc = line.indexOf('<<');
        if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
            result[line.slice(0, equals)] = line.slice(equals + 1);
            continue;
        }
        if (heredoc <= 0)
            throw new Error(`${source}: malformed line ${index + 1}: ${JSON.stringify(line)}`);
        const key = line.slice(0, heredoc);
        const delimiter = line.slice(heredoc + 2);
        const value = [];
        for (index++; index < lines.length && lines[index] !== delimiter; index++)
            value.push(lines[index] ?? '');
        if (index >= lines.length)
            throw new Error(`${source}: no closing delimiter for ${key}`);
        result[key] = value.join('\n');
    }
    return result;
}


/***/ }),

/***/ 98261:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _artifact_service_index_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(71499);
/* harmony import */ var _process_index_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(18239);
/* harmony import */ var _action_metadata_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(62831);
/* harmony import */ var _file_command_parser_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5405);
/* harmony import */ var _runner_env_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(49259);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(95565);
/** Running a built JavaScript action as a GitHub runner does, and reading back everything it left. */









/** Creates the step's files, empty but for the event payload. */
async function writeStepFiles(files, payload) {
    await Promise.all([
        ...Object.entries(files)
            .filter(([name]) => name !== 'GITHUB_EVENT_PATH')
            .map(([, file]) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, '')),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files.GITHUB_EVENT_PATH, JSON.stringify(payload)),
    ]);
}
/** Reads what the action wrote: outputs (file and legacy commands), env, path, summary, masks. */
async function collectRun(files, result, cancelled) {
    const [outputText, envText, summary, pathText] = await Promise.all([files.GITHUB_OUTPUT, files.GITHUB_ENV, files.GITHUB_STEP_SUMMARY, files.GITHUB_PATH].map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')));
    const commands = result.stdout
        .split(/\r?\n/)
        .map(_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWorkflowCommand */ .Q)
        .filter((command) => command !== null);
    const masks = commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    const legacyOutputs = Object.fromEntries(commands.filter((c) => c.command === 'set-output').map((c) => [c.properties['name'] ?? '', c.message]));
    return {
        exitCode: result.code,
        signal: result.signal,
        timedOut: result.timedOut,
        cancelled,
        outputs: { ...legacyOutputs, ...(0,_file_command_parser_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFileCommands */ .c)(outputText ?? '', 'GITHUB_OUTPUT') },
        env: (0,_file_command_parser_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFileCommands */ .c)(envText ?? '', 'GITHUB_ENV'),
        path: (pathText ?? '').split(/\r?\n/).filter(Boolean),
        summary: summary ?? '',
        stdout: result.stdout,
        stderr: result.stderr,
        log: (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .applyMasks */ .c)(result.stdout, masks),
        commands,
        masks,
        durationMs: result.durationMs,
    };
}
/** Passes lines on with every value masked so far replaced, as the runner's live log; a mask applies from its own line on. */
function maskedLines(onLine) {
    const masks = [];
    return (line, stream) => {
        const command = stream === 'stdout' ? (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWorkflowCommand */ .Q)(line) : null;
        if (command?.command === 'add-mask' && command.message !== '')
            masks.push(command.message);
        onLine((0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .applyMasks */ .c)(line, masks), stream);
    };
}
/** Stops `running` when `signal` aborts; the returned function tells whether it did. */
function stopOnAbort(running, signal) {
    let cancelled = false;
    const stop = () => {
        cancelled = true;
        void running.stop();
    };
    if (signal?.aborted)
        stop();
    else
        signal?.addEventListener('abort', stop, { once: true });
    void running.result.finally(() => signal?.removeEventListener('abort', stop));
    return () => cancelled;
}
/** Runs a built action as the runner does: `node <main>` with INPUT_* and the GITHUB_* files. */
async function runAction(options) {
    const metadata = await (0,_action_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .readActionMetadata */ .O)(options.actionDir);
    if (!/^node\d+$/.test(metadata.using))
        throw new Error(`${options.actionDir}: runs.using ${metadata.using} is not a node runtime`);
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'ra-run-'));
    try {
        const isolate = options.isolate !== false;
        const actionDir = isolate ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'action') : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.actionDir);
        if (isolate)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(options.actionDir, actionDir, { recursive: true });
        const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.workspace ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'workspace'));
        const runnerTemp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'runner-temp');
        await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(workspace, { recursive: true }), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(runnerTemp, { recursive: true })]);
        const files = (0,_runner_env_js__WEBPACK_IMPORTED_MODULE_6__/* .stepFiles */ .UM)(scratch);
        const event = options.event ?? { name: 'push', payload: {} };
        await writeStepFiles(files, event.payload ?? {});
        const extraEnv = options.env ?? {};
        const inputs = (0,_runner_env_js__WEBPACK_IMPORTED_MODULE_6__/* .stepInputs */ .af)(metadata, options.inputs ?? {}, {
            'github.token': extraEnv['GITHUB_TOKEN'] ?? '',
            'github.workspace': workspace,
            'runner.temp': runnerTemp,
        }, options.strictInputs !== false);
        const context = {
            workspace,
            runnerTemp,
            toolCache: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'tool-cache'),
            eventName: event.name,
            ref: options.ref ?? 'refs/heads/main',
            sha: options.sha ?? '0000000000000000000000000000000000000000',
        };
        const artifacts = options.artifactStorage
            ? await serveArtifacts(options.artifactStorage, extraEnv)
            : null;
        try {
            const running = await (0,_process_index_js__WEBPACK_IMPORTED_MODULE_7__/* .startProcess */ .kp)(options.node ?? process.execPath, [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(actionDir, metadata.main)], {
                cwd: workspace,
                env: (0,_runner_env_js__WEBPACK_IMPORTED_MODULE_6__/* .stepEnv */ .WH)(context, files, inputs, { ...artifacts?.env, ...extraEnv }),
                timeoutMs: options.timeoutMs ?? 120_000,
                ...(options.onLine ? { onLine: maskedLines(options.onLine) } : {}),
            });
            const cancelled = stopOnAbort(running, options.signal);
            return await collectRun(files, await running.result, cancelled());
        }
        finally {
            await artifacts?.service.close();
        }
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
/** An artifact service for one step, and the environment that points the step's job at it. */
async function serveArtifacts(storageDir, env) {
    const service = await (0,_artifact_service_index_js__WEBPACK_IMPORTED_MODULE_8__/* .startArtifactService */ .A)({ storageDir });
    const job = {
        runId: Number(env['GITHUB_RUN_ID']) || 1,
        attempt: Number(env['GITHUB_RUN_ATTEMPT']) || 1,
        job: env['GITHUB_JOB'] ?? 'release',
    };
    return { service, env: service.jobEnv(job) };
}


/***/ }),

/***/ 49259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ runnerVariables),
/* harmony export */   UM: () => (/* binding */ stepFiles),
/* harmony export */   WH: () => (/* binding */ stepEnv),
/* harmony export */   af: () => (/* binding */ stepInputs)
/* harmony export */ });
/* unused harmony exports expandDefault, refNameAndType, hostRunner */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** What a runner gives a JavaScript action: its inputs as INPUT_* variables, the GITHUB_* files and context. */

/** Where a step's files and directories live inside `scratch`. */
function stepFiles(scratch) {
    return {
        GITHUB_OUTPUT: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(scratch, 'output'),
        GITHUB_ENV: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(scratch, 'env'),
        GITHUB_STEP_SUMMARY: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(scratch, 'summary.md'),
        GITHUB_PATH: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(scratch, 'path'),
        GITHUB_STATE: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(scratch, 'state'),
        GITHUB_EVENT_PATH: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(scratch, 'event.json'),
    };
}
/** Expands the few expressions action.yml defaults commonly use; anything else is a configuration error. */
function expandDefault(value, context) {
    return value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_match, expression) => {
        const replacement = context[expression];
        if (replacement === undefined)
            throw new Error(`action.yml default uses \${{ ${expression} }}, which this runner cannot evaluate`);
        return replacement;
    });
}
/** The inputs a step gets: action.yml defaults (expanded), then what `with:` gave; undeclared ones refused when strict. */
function stepInputs(metadata, given, context, strict) {
    const inputs = {};
    for (const [name, field] of Object.entries(metadata.inputs)) {
        if (field.default !== undefined)
            inputs[name] = expandDefault(field.default, context);
    }
    for (const [name, value] of Object.entries(given)) {
        if (strict && !(name in metadata.inputs)) {
            throw new Error(`Unexpected input '${name}', valid inputs are ${Object.keys(metadata.inputs).join(', ')}`);
        }
        inputs[name] = value;
    }
    return inputs;
}
/** What GitHub sets as GITHUB_REF_NAME and GITHUB_REF_TYPE for `ref`. */
function refNameAndType(ref) {
    const [, kind, name] = /^refs\/(heads|tags)\/(.+)$/.exec(ref) ?? [];
    if (kind && name)
        return { name, type: kind === 'tags' ? 'tag' : 'branch' };
    return { name: ref.replace(/^refs\/pull\//, ''), type: '' };
}
/** The variables a runner sets for every step of `run`'s job (no step files, no inputs). */
function runnerVariables(run) {
    const repository = run.repository ?? 'octo-org/octo-repo';
    const derived = refNameAndType(run.ref);
    return {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        ...hostRunner(process.platform, process.arch),
        RUNNER_TEMP: run.runnerTemp,
        GITHUB_WORKSPACE: run.workspace,
        GITHUB_EVENT_NAME: run.eventName,
        ...(run.eventPath === undefined ? {} : { GITHUB_EVENT_PATH: run.eventPath }),
        GITHUB_REF: run.ref,
        GITHUB_REF_NAME: run.refName ?? derived.name,
        GITHUB_REF_TYPE: run.refType ?? derived.type,
        GITHUB_SHA: run.sha,
        GITHUB_REPOSITORY: repository,
        GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
        GITHUB_RUN_ID: '1',
        GITHUB_RUN_NUMBER: '1',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_JOB: run.job ?? 'release',
        GITHUB_ACTOR: run.actor ?? 'octocat',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: 'https://api.github.com',
        GITHUB_WORKFLOW: run.workflow ?? 'release',
        // Names the workflow file as GitHub does, so an action's default for "this run's workflow" has one.
        GITHUB_WORKFLOW_REF: run.workflowRef ?? `${repository}/.github/workflows/release.yml@${run.ref}`,
    };
}
/** RUNNER_OS and RUNNER_ARCH as a hosted runner on this machine's OS and CPU would set them. */
function hostRunner(platform, arch) {
    const os = platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
    const cpu = arch === 'arm64' ? 'ARM64' : arch === 'arm' ? 'ARM' : arch === 'ia32' ? 'X86' : 'X64';
    return { RUNNER_OS: os, RUNNER_ARCH: cpu };
}
/**
 * What a step needs from the host beyond PATH and HOME for programs to start at all: Windows finds its system
 * DLLs, shell, temporary and profile directories through these (python and pip fail without SYSTEMROOT).
 */
const HOST_ESSENTIALS = [
    'SYSTEMROOT',
    'SystemRoot',
    'COMSPEC',
    'PATHEXT',
    'WINDIR',
    'TEMP',
    'TMP',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'TMPDIR',
];
function hostEssentials() {
    return Object.fromEntries(HOST_ESSENTIALS.filter((name) => process.env[name] !== undefined).map((name) => [
        name,
        process.env[name],
    ]));
}
/** The environment of a step: the host's essentials, `run`'s runner variables, the files, `extra`, then INPUT_*. */
function stepEnv(run, files, inputs, extra) {
    const env = {
        ...hostEssentials(),
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        LANG: process.env['LANG'] ?? 'C.UTF-8',
        ...runnerVariables(run),
        RUNNER_TOOL_CACHE: run.toolCache,
        GITHUB_ACTION: 'run',
        ...files,
        ...extra,
    };
    for (const [name, value] of Object.entries(inputs))
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    return env;
}


/***/ }),

/***/ 95565:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseWorkflowCommand),
/* harmony export */   c: () => (/* binding */ applyMasks)
/* harmony export */ });
function unescape(value, property) {
    let result = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property)
        result = result.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return result.replace(/%25/g, '%');
}
/** Parses a log line; null when it is not a workflow command. */
function parseWorkflowCommand(line) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match)
        return null;
    const properties = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
        const equals = pair.indexOf('=');
        if (equals > 0)
            properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), true);
    }
    return { command: match[1] ?? '', properties, message: unescape(match[3] ?? '', false) };
}
/** Replaces every masked value in a log, as the runner shows it to people. */
function applyMasks(log, masks) {
    let result = log;
    for (const mask of [...masks].sort((a, b) => b.length - a.length))
        result = result.split(mask).join('***');
    return result;
}


/***/ }),

/***/ 56187:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ compareVersions)
/* harmony export */ });
/* unused harmony export withoutTrailingZeros */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61695);
/** PEP 440 ordering, following packaging's `_cmpkey` term by term. */

// Sentinels standing in for packaging's Infinity / NegativeInfinity.
const BELOW = -Infinity;
const ABOVE = Infinity;
// Comparison rather than subtraction: Infinity - Infinity is NaN.
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareNumberLists(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const d = cmp(a[i], b[i]);
        if (d !== 0)
            return d;
    }
    return cmp(a.length, b.length);
}
/** The release with trailing zeros dropped: 1.2.0 and 1.2 are the same release. */
function withoutTrailingZeros(release) {
    let end = release.length;
    while (end > 0 && release[end - 1] === 0)
        end--;
    return release.slice(0, end);
}
// The pre-release key: a lone .devN sorts below every pre-release of its release (1.0.dev0 < 1.0a0),
// no pre-release sorts above all of them.
function preKey(v) {
    if (v.pre === null)
        return [v.post === null && v.dev !== null ? BELOW : ABOVE];
    return [['a', 'b', 'rc'].indexOf(v.pre.label), v.pre.number];
}
function compareDigitStrings(a, b) {
    const x = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDigits */ .Dq)(a);
    const y = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDigits */ .Dq)(b);
    return cmp(x.length, y.length) || cmp(x, y);
}
// Local segments: numbers compare numerically and above any word; words compare as strings;
// a shorter list sorts first when it is a prefix of the other. No local part sorts below any.
function compareLocals(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? -1 : 1;
    const xs = a.split('.');
    const ys = b.split('.');
    for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
        const x = xs[i];
        const y = ys[i];
        const xNum = /^[0-9]+$/.test(x);
        const yNum = /^[0-9]+$/.test(y);
        let d;
        if (xNum && yNum)
            d = compareDigitStrings(x, y);
        else if (xNum !== yNum)
            d = xNum ? 1 : -1;
        else
            d = cmp(x, y);
        if (d !== 0)
            return d;
    }
    return cmp(xs.length, ys.length);
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b` in PEP 440 order (local part included). */
function compareVersions(a, b) {
    const x = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toVersion */ .OO)(a);
    const y = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toVersion */ .OO)(b);
    return (cmp(x.epoch, y.epoch) ||
        compareNumberLists(withoutTrailingZeros(x.release), withoutTrailingZeros(y.release)) ||
        compareNumberLists(preKey(x), preKey(y)) ||
        compareNumberLists([x.post ?? BELOW], [y.post ?? BELOW]) ||
        compareNumberLists([x.dev ?? ABOVE], [y.dev ?? ABOVE]) ||
        compareLocals(x.local, y.local));
}


/***/ }),

/***/ 92621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony exports publicVersion, baseVersion */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61695);
/** Canonical PEP 440 text: what `str(packaging.version.Version(...))` prints. */

/** The canonical string of a parsed version, e.g. "1!2.0rc1.post2.dev3+abc.5". */
function formatVersion(v) {
    let text = publicOf(v);
    if (v.local !== null)
        text += `+${v.local}`;
    return text;
}
/** The canonical form of `text`, or null when it is not a PEP 440 version. */
function normalizeVersion(text) {
    const v = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(text);
    return v === null ? null : formatVersion(v);
}
/** The version without its local part, e.g. "1.2.4.dev5" for "1.2.4.dev5+g1234abc". */
function publicVersion(v) {
    return publicOf(toVersion(v));
}
/** Epoch and release only, e.g. "1.2.4" for "1.2.4rc1.post2+abc" (trailing zeros kept). */
function baseVersion(v) {
    const { epoch, release } = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toVersion */ .OO)(v);
    return (epoch === 0 ? '' : `${epoch}!`) + release.join('.');
}
function publicOf(v) {
    let text = baseVersion(v);
    if (v.pre !== null)
        text += `${v.pre.label}${v.pre.number}`;
    if (v.post !== null)
        text += `.post${v.post}`;
    if (v.dev !== null)
        text += `.dev${v.dev}`;
    return text;
}


/***/ }),

/***/ 61695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ canonicalDigits),
/* harmony export */   OO: () => (/* binding */ toVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/** Parsing PEP 440 versions the way pypa/packaging's `Version` does. */
// Python's `\s` is str.isspace(): JavaScript's `\s` differs (it has U+FEFF, lacks U+001C-U+001F and U+0085).
const SPACE = '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
// PEP 440 appendix B / packaging's VERSION_PATTERN, same groups, same backtracking behaviour.
// No `u` flag on purpose: with `i` alone, non-ASCII letters never fold onto ASCII ones (see README).
const VERSION_PATTERN = 'v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preL>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?';
const VERSION_RE = new RegExp(`^${SPACE}*${VERSION_PATTERN}${SPACE}*$`, 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** Strips leading zeros from a run of ASCII digits, as Python's int() then str() would. */
function canonicalDigits(digits) {
    return digits.replace(/^0+(?=.)/, '');
}
/** Python ints are unbounded; ours are doubles, so refuse what a double cannot hold exactly. */
function toInt(digits) {
    const n = Number(canonicalDigits(digits));
    return Number.isSafeInteger(n) ? n : null;
}
function optionalInt(digits) {
    return digits === undefined ? 0 : toInt(digits);
}
function normalizeLocal(local) {
    return local
        .split(/[-_.]/)
        .map((part) => (/^[0-9]+$/.test(part) ? canonicalDigits(part) : part.toLowerCase()))
        .join('.');
}
/**
 * Parses PEP 440 text leniently, as packaging does (v prefix, alternate spellings, separators, case,
 * surrounding whitespace). Null when invalid or when a number exceeds Number.MAX_SAFE_INTEGER.
 */
function parseVersion(text) {
    const g = VERSION_RE.exec(text)?.groups;
    if (g === undefined || g.release === undefined)
        return null;
    const epoch = g.epoch === undefined ? 0 : toInt(g.epoch);
    const release = g.release.split('.').map(toInt);
    if (epoch === null || release.some((n) => n === null))
        return null;
    let pre = null;
    if (g.preL !== undefined) {
        const number = optionalInt(g.preN);
        if (number === null)
            return null;
        pre = { label: PRE_LABELS[g.preL.toLowerCase()] ?? 'rc', number };
    }
    let post = null;
    if (g.postN1 !== undefined)
        post = toInt(g.postN1);
    else if (g.postL !== undefined)
        post = optionalInt(g.postN2);
    if (g.post !== undefined && post === null)
        return null;
    let dev = null;
    if (g.devL !== undefined) {
        dev = optionalInt(g.devN);
        if (dev === null)
            return null;
    }
    const local = g.local === undefined ? null : normalizeLocal(g.local);
    return { epoch, release: release, pre, post, dev, local };
}
/** The parsed form of `v`; throws a one-line error naming the text when it is not PEP 440. */
function toVersion(v) {
    if (typeof v !== 'string')
        return v;
    const parsed = parseVersion(v);
    if (parsed === null) {
        throw new Error(`not a PEP 440 version: ${JSON.stringify(v)} (expected e.g. "1.2.4", "1.2.4rc1", "1.2.4.dev5")`);
    }
    return parsed;
}


/***/ }),

/***/ 72197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   xn: () => (/* binding */ startFailure),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* unused harmony export ProcessFailedError */
/** Why a process could not be started; the same kinds and wording for every caller. */
/** A process that never started; the message is one line naming the command and, with a hint, the fix. */
class ProcessError extends Error {
    kind;
    command;
    name = 'ProcessError';
    constructor(kind, command, message) {
        super(message);
        this.kind = kind;
        this.command = command;
    }
}
/** The one wording of each start failure: `'python3' was not found on PATH: <hint>`. */
function startFailure(kind, command, detail, hint) {
    const what = kind === 'not-found'
        ? `'${command}' was not found${detail ? ` ${detail}` : ''}`
        : kind === 'not-executable'
            ? `'${command}' is not executable${detail ? ` (${detail})` : ''}`
            : `'${command}' could not be started (${detail})`;
    return new ProcessError(kind, command, hint ? `${what}: ${hint}` : what);
}
/** A process that ran but did not succeed (runChecked); `result` holds everything it wrote. */
class ProcessFailedError extends Error {
    result;
    name = 'ProcessFailedError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}


/***/ }),

/***/ 18239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R3: () => (/* binding */ runProcess),
  kp: () => (/* binding */ startProcess)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS, describeExit, runChecked

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./packages/process/errors.ts
var errors = __nccwpck_require__(72197);
;// CONCATENATED MODULE: ./packages/process/kill-tree.ts
/**
 * Stopping a process with everything it started. A shell killed alone leaves its children running with
 * the output pipes open, and whoever waits for the pipes waits for them too; so each process is started
 * as the leader of its own process group on POSIX (the group is signalled), and on Windows the tree is
 * ended by `taskkill /T /F`.
 */
/** The way to stop process `pid` and its descendants on `platform`. */
function treeKill(pid, platform) {
    if (platform === 'win32')
        return { kind: 'command', command: 'taskkill', args: ['/pid', String(pid), '/T', '/F'] };
    // A negative pid signals the whole group whose leader is pid (each process is started as one).
    return { kind: 'group', pid: -pid, signal: 'SIGKILL' };
}
/** Whether a process must be started as a group leader for `treeKill` to reach its children. */
function startsOwnGroup(platform) {
    return platform !== 'win32';
}
/** Carries out `treeKill` on this machine; resolves once the signal is sent or taskkill has finished. */
function killTree(pid, platform = process.platform) {
    const plan = treeKill(pid, platform);
    if (plan.kind === 'group') {
        try {
            process.kill(plan.pid, plan.signal);
        }
        catch {
            // ESRCH: the group is already gone.
        }
        return Promise.resolve();
    }
    return Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 31421, 23)).then(({ spawn }) => new Promise((resolve) => {
        const killer = spawn(plan.command, plan.args, { stdio: 'ignore', windowsHide: true });
        killer.on('error', () => resolve());
        killer.on('close', () => resolve());
    }));
}

;// CONCATENATED MODULE: ./packages/process/lines.ts
/** Splitting a byte stream into lines as they arrive, without holding more than the unfinished last line. */
/** Feeds chunks in and calls `onLine` for each complete line (CRLF or LF); `end` flushes the last one. */
function lineSplitter(onLine) {
    let pending = '';
    return {
        push(chunk) {
            pending += chunk;
            const lines = pending.split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                onLine(line);
        },
        end() {
            if (pending)
                onLine(pending);
            pending = '';
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/process/resolve-command.ts
/**
 * Finding the program a command names, as a shell would, with the platform passed in: PATH on every OS,
 * and on Windows PATHEXT too (`pip` is `pip.exe`, `npm` is `npm.cmd`), which node's spawn does not try.
 */

const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';
/** An environment variable by name, case-insensitively on Windows (where `Path` is the usual spelling). */
function envValue(env, name, platform) {
    if (platform !== 'win32')
        return env[name];
    const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
    return key === undefined ? undefined : env[key];
}
/** The file names to try for `base`: itself if it already has one of PATHEXT's extensions, else each. */
function candidateNames(base, platform, pathext) {
    if (platform !== 'win32')
        return [base];
    const extensions = (pathext || DEFAULT_PATHEXT)
        .split(';')
        .map((ext) => ext.trim())
        .filter(Boolean);
    const upper = base.toUpperCase();
    if (extensions.some((ext) => upper.endsWith(ext.toUpperCase())))
        return [base];
    return extensions.map((ext) => base + ext.toLowerCase());
}
/** True when `command` names a path (and so is not looked up on PATH). */
function isPathLike(command, platform) {
    const p = platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    return command.includes('/') || (platform === 'win32' && command.includes('\\')) || p.isAbsolute(command);
}
/** Resolves `command` to the file to run, looking where the platform's shell would. */
async function resolveCommand(command, context) {
    const { platform, env } = context;
    const p = platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const pathext = envValue(env, 'PATHEXT', platform);
    if (isPathLike(command, platform)) {
        const base = p.resolve(context.cwd, command);
        for (const file of candidateNames(base, platform, pathext)) {
            if (await context.isExecutable(file))
                return { file };
        }
        return { missing: `at ${base}` };
    }
    const dirs = (envValue(env, 'PATH', platform) ?? '').split(p.delimiter).filter(Boolean);
    // Windows looks in the current directory first; POSIX shells never do.
    if (platform === 'win32')
        dirs.unshift(context.cwd);
    for (const dir of dirs) {
        for (const file of candidateNames(p.join(dir, command), platform, pathext)) {
            if (await context.isExecutable(file))
                return { file };
        }
    }
    return { missing: 'on PATH' };
}

;// CONCATENATED MODULE: ./packages/process/spawn-plan.ts
/**
 * What to hand node's spawn for a resolved program on a given platform. Programs run directly with an
 * argument array, except Windows batch files (.cmd, .bat): node refuses to spawn those without a shell,
 * so they run through `cmd.exe /d /s /c` with every argument quoted and escaped for cmd's parser twice
 * (once for the command line, once for the batch file's own `%*`).
 */
// Characters cmd.exe gives a meaning to; each is escaped with ^.
const CMD_META = /([()\][%!^"`<>&|;, *?])/g;
/** True for a Windows batch file, which cmd.exe must run. */
function isBatchFile(file, platform) {
    return platform === 'win32' && /\.(cmd|bat)$/i.test(file);
}
/**
 * One argument for a batch file's command line: quoted as the C runtime expects (backslashes before a
 * quote doubled, the quote escaped), then cmd's metacharacters escaped, twice.
 */
function quoteForCmd(arg) {
    const quoted = `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1')}"`;
    return quoted.replace(CMD_META, '^$1').replace(CMD_META, '^$1');
}
/** How to spawn `file` (already resolved) with `args` on `platform`; `comspec` is cmd.exe's path. */
function spawnPlan(file, args, platform, comspec = 'cmd.exe') {
    if (!isBatchFile(file, platform))
        return { file, args: [...args], windowsVerbatimArguments: false };
    const line = [file.replace(CMD_META, '^$1'), ...args.map(quoteForCmd)].join(' ');
    return { file: comspec, args: ['/d', '/s', '/c', `"${line}"`], windowsVerbatimArguments: true };
}

;// CONCATENATED MODULE: ./packages/process/run.ts








/** Default limit on a process's run time: 15 minutes. */
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
// After the tree is killed, how long to wait for the pipes to close before giving up on them: a process
// that left the group (setsid, a Windows job breakaway) must not hold the caller past its timeout.
const PIPE_GRACE_MS = 500;
// Synchronous on purpose: a few stat calls take microseconds, while the first asynchronous one wakes
// libuv's thread pool, which costs an action that runs git a few times up to 10 ms at start-up.
async function isExecutable(file, platform) {
    try {
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return false;
        if (platform !== 'win32')
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function isDirectory(path) {
    return (0,promises_.stat)(path).then((stats) => stats.isDirectory(), () => false);
}
/** The one wording of each way spawn itself can fail. */
function spawnFailure(error, command, options) {
    if (error.code === 'ENOENT')
        return (0,errors/* startFailure */.xn)('not-found', command, '', options.hint);
    if (error.code === 'EACCES')
        return (0,errors/* startFailure */.xn)('not-executable', command, error.code, options.hint);
    return (0,errors/* startFailure */.xn)('failed-to-start', command, error.code ?? error.message, options.hint);
}
async function plan(command, args, options) {
    const platform = options.platform ?? process.platform;
    const env = options.env ?? process.env;
    const cwd = options.cwd ?? process.cwd();
    if (options.shell) {
        if (args.length > 0)
            throw new Error('runProcess: a shell command takes no separate arguments');
        return { file: command, args: [], windowsVerbatimArguments: false, shell: true, env, cwd, platform };
    }
    const found = await resolveCommand(command, {
        platform,
        env,
        cwd,
        isExecutable: (file) => isExecutable(file, platform),
    });
    if ('missing' in found)
        throw (0,errors/* startFailure */.xn)('not-found', command, found.missing, options.hint);
    const comspec = envValue(env, 'COMSPEC', platform) ?? 'cmd.exe';
    return { ...spawnPlan(found.file, args, platform, comspec), shell: false, env, cwd, platform };
}
/** Starts `command` (looked up on PATH as a shell would); throws ProcessError when it cannot start. */
async function startProcess(command, args = [], options = {}) {
    const how = await plan(command, args, options);
    // Loaded when first needed: an action that runs nothing should not pay for it at start-up.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 31421, 23));
    const child = spawn(how.file, how.args, {
        cwd: how.cwd,
        env: how.env,
        shell: how.shell,
        windowsVerbatimArguments: how.windowsVerbatimArguments,
        windowsHide: true,
        detached: startsOwnGroup(how.platform),
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    await new Promise((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', (error) => reject(spawnFailure(error, command, options)));
    }).catch(async (error) => {
        // Node reports a missing working directory as the program missing: say which it was.
        if (error.kind === 'not-found' && !(await isDirectory(how.cwd)))
            throw (0,errors/* startFailure */.xn)('failed-to-start', command, `working directory ${how.cwd} does not exist`);
        throw error;
    });
    if (options.input !== undefined)
        child.stdin?.end(options.input);
    return watch(child, command, how.platform, options);
}
function watch(child, command, platform, options) {
    const started = performance.now();
    const pid = child.pid;
    const out = [];
    const err = [];
    let interleaved = '';
    let timedOut = false;
    let killed = null;
    const collect = (stream, into) => {
        const onLine = options.onLine;
        const lines = onLine ? lineSplitter((line) => onLine(line, stream)) : null;
        child[stream]?.on('data', (chunk) => {
            into.push(chunk);
            const text = chunk.toString('utf8');
            interleaved += text;
            lines?.push(text);
        });
        child[stream]?.on('close', () => lines?.end());
    };
    collect('stdout', out);
    collect('stderr', err);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let settle = null;
    const result = new Promise((resolve) => (settle = resolve));
    const finish = (code, signal) => {
        clearTimeout(timer);
        const done = settle;
        settle = null;
        done?.({
            command,
            code: timedOut ? null : code,
            signal: timedOut ? 'SIGKILL' : signal,
            timedOut,
            timeoutMs,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            durationMs: performance.now() - started,
        });
    };
    child.on('close', finish);
    const stopTree = () => {
        killed ??= killTree(pid, platform).then(() => {
            // Whatever still holds the pipes is outside the tree; stop waiting for it.
            setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish(child.exitCode, child.signalCode);
            }, PIPE_GRACE_MS).unref();
        });
        return killed;
    };
    const timer = timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            void stopTree();
        }, timeoutMs)
        : undefined;
    return {
        pid,
        output: () => interleaved,
        result,
        signal: (signal) => {
            child.kill(signal);
        },
        stop: async () => {
            await stopTree();
            return result;
        },
    };
}
/** Runs `command` to completion (or its timeout); throws ProcessError only when it cannot start. */
async function runProcess(command, args = [], options = {}) {
    return (await startProcess(command, args, options)).result;
}
/**
 * Runs `command` and returns its result only when it exited 0; otherwise throws ProcessFailedError
 * naming the command, how it ended and the last line it wrote to stderr.
 */
async function runChecked(command, args = [], options = {}) {
    const result = await runProcess(command, args, options);
    if (result.code === 0)
        return result;
    const last = (result.stderr || result.stdout).trim().split(/\r?\n/).pop() ?? '';
    throw new ProcessFailedError(`'${[command, ...args].join(' ')}' ${describeExit(result)}${last ? `: ${last}` : ''}`, result);
}
/** One line saying how a process ended, the same words everywhere: `exited with code 2`, `timed out after 1 s`. */
function describeExit(result) {
    if (result.timedOut)
        return `did not finish within ${formatSeconds(result.timeoutMs / 1000)} and was stopped, with every process it started`;
    if (result.code !== null)
        return `exited with code ${result.code}`;
    return `was ended by ${result.signal ?? 'an unknown signal'}`;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
exports.wz = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./packages/cli/usage-error.ts
/** Raised for a command line that cannot be run; printed as one line, exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}

;// CONCATENATED MODULE: ./packages/cli/command-line.ts
/**
 * Reading a command's arguments as getopt does: `--name value` and `--name=value`, a value taken as given even
 * when it starts with a dash (`--port -1` is a bad port, not a puzzle), `--` ending the options. Every
 * mistake is one UsageError line naming the option and what it accepts.
 */

/** A parsed command line: typed access to the options given, and the other arguments. */
class CommandLine {
    command;
    specs;
    given;
    positionals;
    help;
    constructor(
    /** The command's words, e.g. `index serve`, for messages. */
    command, specs, given, positionals, 
    /** Whether `-h` or `--help` was given. */
    help) {
        this.command = command;
        this.specs = specs;
        this.given = given;
        this.positionals = positionals;
        this.help = help;
    }
    /** Whether a flag was given. */
    flag(name) {
        return this.given.has(this.known(name));
    }
    /** The value of an option given once (the last one wins when given again). */
    string(name) {
        return this.given.get(this.known(name))?.at(-1);
    }
    /** Every value of a repeatable option, in order. */
    list(name) {
        return [...(this.given.get(this.known(name)) ?? [])];
    }
    /** The option's value converted; `convert` returns undefined for a value it refuses. */
    value(name, convert) {
        const text = this.string(name);
        if (text === undefined)
            return undefined;
        const converted = convert(text);
        if (converted === undefined)
            throw this.invalid(name, text);
        return converted;
    }
    /** The one-line error for a value an option does not accept. */
    invalid(name, text) {
        return new UsageError(`--${name}: '${text}' is not ${this.specs[this.known(name)]?.accepts ?? 'valid here'}`);
    }
    known(name) {
        if (!(name in this.specs))
            throw new Error(`${this.command} has no option --${name}`);
        return name;
    }
}
/** Parses `args` (the words after the command's name) by `specs`; throws UsageError for a bad line. */
function parseCommandLine(command, args, specs) {
    const given = new Map();
    const positionals = [];
    let help = false;
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--') {
            positionals.push(...args.slice(index + 1));
            break;
        }
        if (arg === '-h' || arg === '--help')
            help = true;
        else if (!arg.startsWith('-') || arg === '-')
            positionals.push(arg);
        else {
            const { name, spec, inline } = lookUp(command, arg, specs);
            let value = inline;
            if (spec.kind === 'flag' && value !== undefined)
                throw new UsageError(`--${name}: takes no value`);
            if (spec.kind === 'value' && value === undefined) {
                value = args[++index];
                if (value === undefined)
                    throw new UsageError(`--${name}: needs a value${spec.accepts ? `: ${spec.accepts}` : ''}`);
            }
            const values = spec.multiple ? (given.get(name) ?? []) : [];
            given.set(name, [...values, value ?? 'true']);
        }
    }
    return new CommandLine(command, specs, given, positionals, help);
}
function lookUp(command, arg, specs) {
    const equals = arg.indexOf('=');
    const name = (equals < 0 ? arg : arg.slice(0, equals)).replace(/^--?/, '');
    const spec = arg.startsWith('--') ? specs[name] : undefined;
    if (!spec) {
        throw new UsageError(`${command}: unknown option '${equals < 0 ? arg : arg.slice(0, equals)}'; see 'release-actions ${command} --help'`);
    }
    return { name, spec, inline: equals < 0 ? undefined : arg.slice(equals + 1) };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./packages/local-index/journal.ts + 1 modules
var local_index_journal = __nccwpck_require__(91853);
// EXTERNAL MODULE: ./packages/local-index/lock.ts
var local_index_lock = __nccwpck_require__(86672);
// EXTERNAL MODULE: ./packages/local-index/storage-check.ts
var storage_check = __nccwpck_require__(88219);
// EXTERNAL MODULE: ./packages/local-index/storage-error.ts
var storage_error = __nccwpck_require__(42869);
// EXTERNAL MODULE: ./packages/local-index/storage-fs.ts
var storage_fs = __nccwpck_require__(63972);
// EXTERNAL MODULE: ./packages/local-index/store.ts
var store = __nccwpck_require__(97334);
;// CONCATENATED MODULE: ./packages/local-index/repair.ts
/**
 * `repairStorage`: what `release-actions index repair` does to a storage directory the index refuses to
 * start on. Lines that hold no entry are set aside; a file whose bytes are missing or cut short is marked
 * deleted (its name, once served, is never taken again, as on PyPI); a torn last line goes. The journal
 * before the repair is kept beside it as `journal.jsonl.damaged-<time>`, and the new one replaces it in
 * one rename, so a crash during the repair leaves one or the other.
 */







/** The repaired journal's text: sound lines kept as they were, a deletion appended per unsound file. */
function repairedText(lines, damage, time) {
    const entries = lines.flatMap((line) => ('entry' in line ? [line.entry] : []));
    const deletions = damage.flatMap((d) => d.filename ? [{ op: 'delete', filename: d.filename, time }] : []);
    const text = [...entries, ...deletions].map((entry) => `${JSON.stringify(entry)}\n`).join('');
    return { text, kept: entries.length };
}
/** A name for the backup: the journal's, with the time (no characters Windows refuses). */
function backupName(journal, now) {
    return `${journal}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
}
/** Repairs the storage directory `dir` (not while an index serves it: its lock is taken). */
async function repairStorage(dir, options = {}) {
    const system = options.system ?? storage_fs/* NODE_STORAGE */.nQ;
    const journal = (0,external_node_path_.join)(dir, store/* JOURNAL_FILE */.RD);
    try {
        await system.fs.stat(journal);
    }
    catch {
        throw new storage_error/* StorageError */.aq(`${dir} holds no index journal (${store/* JOURNAL_FILE */.RD}); check --storage`);
    }
    const lock = await (0,local_index_lock/* lockDirectory */.Z)(dir);
    try {
        const scan = await (0,local_index_journal/* readJournalFile */.Wp)(system, journal);
        const absolute = (path) => (0,external_node_path_.join)(dir, ...path.split('/'));
        const damage = await (0,storage_check/* listDamage */.Os)(system, scan.lines, absolute);
        const now = (options.now ?? (() => new Date()))();
        const { text, kept } = repairedText(scan.lines, damage, now.toISOString());
        const report = { journal, damage, torn: scan.torn, kept, lines: scan.lines.length, backup: null };
        if (options.dryRun || (damage.length === 0 && !scan.torn))
            return report;
        const backup = backupName(journal, now);
        await (0,storage_fs/* writeNewFile */.S0)(system, backup, await system.fs.readFile(journal));
        const fresh = `${journal}.repaired`;
        await system.fs.rm(fresh, { recursive: false, force: true });
        await (0,storage_fs/* writeNewFile */.S0)(system, fresh, Buffer.from(text, 'utf8'));
        await system.fs.rename(fresh, journal);
        await (0,storage_fs/* syncDirectory */.zR)(system, dir);
        return { ...report, backup };
    }
    finally {
        await lock.release();
    }
}

;// CONCATENATED MODULE: ./packages/cli/index-repair.ts
/** `release-actions index repair`: sets a damaged index journal's damage aside, keeping a copy. */



const HELP = `Usage: release-actions index repair --storage <dir> [options]

When 'index serve' refuses to start because its journal is damaged (it names the line), this sets the
damage aside: lines that hold no entry are dropped, a file whose bytes are missing or cut short is marked
deleted (its name is never taken again, as on PyPI), a torn last line goes. The journal as it was is kept
beside it as journal.jsonl.damaged-<time>. Not while an index serves the directory.

Options:
  --storage <dir>                The index's storage directory (the one given to 'index serve --storage')
  --dry-run                      Only say what would be done
  -h, --help                     Show this help

Exit codes: 0 repaired (or nothing to repair), 1 the storage could not be read or written, 2 bad command line.

Example:
  release-actions index repair --storage ./rehearsal-index --dry-run
`;
/** The report as lines a person reads: each damaged line and what became of it, then the outcome. */
function describeRepair(report, dryRun) {
    const lines = report.damage.map((d) => `line ${d.line} ${d.problem}: ${d.filename ? `${d.filename} ${dryRun ? 'would be' : 'is'} marked deleted` : dryRun ? 'would be set aside' : 'set aside'}`);
    if (report.torn)
        lines.push(`a torn last line (a crash mid-write) ${dryRun ? 'would be' : 'is'} dropped`);
    if (lines.length === 0)
        return `${report.journal} is sound: nothing to repair\n`;
    const kept = `${report.kept} of ${report.lines} lines kept`;
    const outcome = dryRun
        ? `${kept} (dry run: nothing written)`
        : `${kept}; the journal as it was is kept as ${report.backup}`;
    return `${report.journal}:\n${lines.map((l) => `  ${l}\n`).join('')}${outcome}\n`;
}
async function repair(line, context) {
    const storage = line.string('storage');
    // 'index serve' keeps its files in a temporary directory unless told where: there is no default to repair.
    if (storage === undefined)
        throw new UsageError('index repair: --storage <dir> is required (the index to repair)');
    const dryRun = line.flag('dry-run');
    const report = await repairStorage((0,external_node_path_.resolve)(context.cwd, storage), { dryRun });
    context.io.out(describeRepair(report, dryRun));
    return 0;
}
/** `index repair`. */
const indexRepairCommand = {
    name: ['index', 'repair'],
    usage: 'index repair',
    summary: "Set a damaged index journal's damage aside (keeping a copy)",
    help: HELP,
    options: {
        storage: { kind: 'value', accepts: "the index's storage directory" },
        'dry-run': { kind: 'flag' },
    },
    run: repair,
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./packages/local-index/server.ts + 80 modules
var server = __nccwpck_require__(53236);
// EXTERNAL MODULE: ./packages/local-index/faults.ts
var faults = __nccwpck_require__(25258);
;// CONCATENATED MODULE: ./packages/cli/option-values.ts
/** Converters for option values: each returns undefined for text it refuses, so the caller names the option. */
/** A whole number from `min` to `max` (digits only: no sign, exponent or fraction). */
function wholeNumber(text, min, max) {
    if (!/^\d+$/.test(text))
        return undefined;
    const value = Number(text);
    return value >= min && value <= max ? value : undefined;
}
/** A number of seconds above 0 (fractions allowed), as milliseconds. */
function positiveSeconds(text) {
    if (!/^\d+(\.\d+)?$/.test(text))
        return undefined;
    const ms = Math.round(Number(text) * 1000);
    return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}
const UNITS = {
    '': 1,
    b: 1,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
/** A size of at least one byte, like `100MiB`, `1.5 GB` or `1048576`, in bytes. */
function byteSize(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
    if (!match || unit === undefined)
        return undefined;
    const bytes = Math.floor(Number(match[1]) * unit);
    return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}
/** Text that is not empty (nor only spaces). */
function nonEmpty(text) {
    return text.trim() === '' ? undefined : text;
}
/** One of `choices`, exactly. */
function oneOf(choices) {
    return (text) => choices.find((choice) => choice === text);
}
/** `name=value` with a non-empty name, split at the first `=`. */
function namedValue(text) {
    const equals = text.indexOf('=');
    return equals > 0 ? [text.slice(0, equals), text.slice(equals + 1)] : undefined;
}

;// CONCATENATED MODULE: ./packages/cli/index-serve-options.ts
/** The options of `index serve` and how they become the index's options. */





/** Every option of `index serve`, with what its value may be. */
const INDEX_SERVE_OPTIONS = {
    host: { kind: 'value', accepts: 'a host name or IP address to listen on, e.g. 127.0.0.1' },
    port: { kind: 'value', accepts: 'a port number from 0 to 65535 (0 picks a free one)' },
    storage: { kind: 'value', accepts: 'a directory for the index files' },
    token: { kind: 'value', accepts: 'a token (not empty)' },
    'max-file-size': { kind: 'value', accepts: 'a size of at least 1 byte, e.g. 100MiB, 2GiB or 1048576' },
    faults: { kind: 'value', accepts: 'a fault spec, e.g. rate=0.2,seed=7,kinds=503+reset' },
    'visibility-delay': { kind: 'value', accepts: 'a whole number of milliseconds from 0 to 86400000' },
    'trusted-publishers': { kind: 'value', accepts: 'a JSON file listing trusted publishers' },
    'oidc-audience': { kind: 'value', accepts: 'an audience name (not empty), e.g. pypi' },
    'simple-formats': { kind: 'value', accepts: 'both, html or json' },
    'max-uploads': { kind: 'value', accepts: 'a whole number of uploads from 1 to 10000' },
    'idle-timeout': { kind: 'value', accepts: 'a number of seconds above 0, e.g. 60' },
    'request-timeout': { kind: 'value', accepts: 'a number of seconds above 0, e.g. 900' },
    quiet: { kind: 'flag' },
};
async function readPublishers(file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new UsageError(`--trusted-publishers: cannot read ${file} as JSON (${error.message})`);
    }
    if (!Array.isArray(parsed))
        throw new UsageError(`--trusted-publishers: ${file} must hold a JSON list of publishers`);
    parsed.forEach((entry, i) => {
        for (const key of ['issuer', 'repository', 'workflow']) {
            if (typeof entry?.[key] !== 'string')
                throw new UsageError(`--trusted-publishers: ${file}: publisher ${i + 1} needs a string '${key}'`);
        }
        if (!entry.jwks && !entry.publicKey)
            throw new UsageError(`--trusted-publishers: ${file}: publisher ${i + 1} needs 'jwks' or 'publicKey'`);
    });
    return parsed;
}
function index_serve_options_faults(line) {
    const spec = line.string('faults');
    if (spec === undefined)
        return undefined;
    try {
        return (0,faults/* parseFaultSpec */.Nd)(spec);
    }
    catch (error) {
        throw new UsageError(error.message);
    }
}
/** Turns the `index serve` command line into settings; throws UsageError naming a bad option. */
async function serveSettings(line, env, cwd) {
    if (line.positionals.length > 0)
        throw new UsageError(`index serve: unexpected argument '${line.positionals[0]}'; see 'release-actions index serve --help'`);
    const token = line.string('token') ?? env['RELEASE_ACTIONS_INDEX_TOKEN'];
    if (token !== undefined && nonEmpty(token) === undefined)
        throw new UsageError(`--token: the token must not be empty (nor RELEASE_ACTIONS_INDEX_TOKEN)`);
    const publishers = line.string('trusted-publishers');
    const given = {
        host: line.value('host', nonEmpty) ?? '127.0.0.1',
        port: line.value('port', (text) => wholeNumber(text, 0, 65535)) ?? 8080,
        token,
        maxFileSize: line.value('max-file-size', byteSize),
        faults: index_serve_options_faults(line),
        visibilityDelayMs: line.value('visibility-delay', (text) => wholeNumber(text, 0, 86_400_000)),
        trustedPublishers: publishers === undefined ? undefined : await readPublishers(publishers),
        oidcAudience: line.value('oidc-audience', nonEmpty),
        simpleFormats: line.value('simple-formats', oneOf(['both', 'html', 'json'])),
        maxConcurrentUploads: line.value('max-uploads', (text) => wholeNumber(text, 1, 10_000)),
        idleTimeoutMs: line.value('idle-timeout', positiveSeconds),
        requestTimeoutMs: line.value('request-timeout', positiveSeconds),
    };
    // Left out rather than undefined: the index applies its defaults to what is missing.
    const options = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
    const storage = line.value('storage', nonEmpty);
    return {
        options,
        storageDir: storage === undefined ? undefined : (0,external_node_path_.resolve)(cwd, storage),
        quiet: line.flag('quiet'),
    };
}

;// CONCATENATED MODULE: ./packages/cli/index-serve.ts
/** `release-actions index serve`: run the local index until interrupted. */





const index_serve_HELP = `Usage: release-actions index serve [options]

Serve a PyPI-compatible index: twine uploads to <url>/legacy/, pip installs from <url>/simple/ (PEP 503
HTML and PEP 691 JSON), the JSON API answers at <url>/pypi/<project>/json. Uploads are checked by PyPI's
own rules and answered with PyPI's messages. Without --storage the files live in a fresh temporary
directory, printed at start and removed on exit. Stops on Ctrl+C or SIGTERM.

Options:
  --host <host>                  Interface to listen on (default 127.0.0.1)
  --port <port>                  Port to listen on, 0-65535; 0 picks a free one (default 8080)
  --storage <dir>                Keep files and state in <dir>, across runs (default: a temporary
                                 directory, removed on exit)
  --token <token>                Require uploads to authenticate as __token__ with this password
                                 (also read from RELEASE_ACTIONS_INDEX_TOKEN; never printed)
  --max-file-size <size>         Largest file accepted, e.g. 100MiB, 2GiB (default 100MiB, as PyPI)
  --faults <spec>                Inject faults at a seeded rate, e.g.
                                 rate=0.2,seed=7,kinds=503+429+reset+slow+stored-502,scope=upload,slow-ms=2000
                                 (stored-reset, drawn only when named: the file is stored, the
                                 connection dropped without an answer)
  --visibility-delay <ms>        Show new files on the read APIs only after this delay, as PyPI's CDN
  --trusted-publishers <file>    JSON list of trusted publishers for /_/oidc/mint-token:
                                 [{"issuer","jwks"|"publicKey","repository","workflow","environment"?,"project"?}]
  --oidc-audience <aud>          Audience OIDC tokens must name (default pypi). With trusted publishers
                                 the index also serves a Sigstore stand-in (Fulcio, Rekor, its
                                 trusted_root.json) at <url>/_/sigstore and checks uploaded PEP 740
                                 attestations against it
  --simple-formats <which>       both, html (a PEP 503-only mirror) or json (default both)
  --max-uploads <n>              Uploads received at once; more are answered 503 with Retry-After
                                 (default 32)
  --idle-timeout <seconds>       Cut a request that sends nothing for this long (default 60)
  --request-timeout <seconds>    Cut a request that has not finished in this long (default 900)
  --quiet                        Do not print a line per request
  -h, --help                     Show this help

Exit codes: 0 stopped by Ctrl+C or SIGTERM, 1 could not start (port in use, storage not writable),
2 bad command line.

Examples:
  release-actions index serve --port 8080 --token s3cret
  twine upload --repository-url http://127.0.0.1:8080/legacy/ -u __token__ -p s3cret dist/*
  pip install --index-url http://127.0.0.1:8080/simple/ my-project
`;
async function openStorage(settings, context) {
    if (settings.storageDir !== undefined)
        return { dir: settings.storageDir, temporary: false, release: async () => undefined };
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(context.tempDir, 'release-actions-index-'));
    // A second Ctrl+C ends the process at once; the files must not outlive it either.
    const unregister = context.atExit(() => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
    return {
        dir,
        temporary: true,
        release: async () => {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            unregister();
        },
    };
}
function banner(index, storage, settings) {
    return [
        storage.temporary
            ? `release-actions local index, storage ${storage.dir} (temporary: removed on exit; --storage keeps files)`
            : `release-actions local index, storage ${storage.dir}`,
        `upload URL:       ${index.uploadUrl}`,
        `simple index URL: ${index.simpleUrl}`,
        `JSON API:         ${index.jsonUrl}<project>/json`,
        settings.options.token !== undefined
            ? 'uploads need user __token__ and the configured token'
            : 'uploads need no authentication',
        ...(settings.options.trustedPublishers?.length
            ? [
                `Sigstore stand-in: ${index.url}/_/sigstore (PEP 740 attestations; set RELEASE_ACTIONS_SIGSTORE_URL to it for publish-pypi and verify-pypi)`,
            ]
            : []),
        'Press Ctrl+C to stop.',
        '',
    ].join('\n');
}
function requestLine(entry) {
    const fault = entry.fault ? ` [fault: ${entry.fault}]` : '';
    return `${entry.method} ${entry.path} ${entry.status} ${entry.durationMs.toFixed(1)}ms${fault}\n`;
}
/** Notices wait until the banner is out, so the first lines are always the URLs. */
function noticeBoard(io) {
    let held = [];
    return {
        post: (message) => (held ? held.push(message) : io.out(`${message}\n`)),
        open: () => {
            for (const message of held ?? [])
                io.out(`${message}\n`);
            held = null;
        },
    };
}
function stopped(stop) {
    return new Promise((resolve) => {
        if (stop.aborted)
            resolve();
        else
            stop.addEventListener('abort', () => resolve(), { once: true });
    });
}
async function serve(line, context) {
    const { io } = context;
    const settings = await serveSettings(line, context.env, context.cwd);
    const storage = await openStorage(settings, context);
    const notices = noticeBoard(io);
    let index;
    try {
        index = await (0,server/* startIndex */.f)({
            ...settings.options,
            storageDir: storage.dir,
            onNotice: notices.post,
            ...(settings.quiet ? {} : { onRequest: (entry) => io.out(requestLine(entry)) }),
        });
    }
    catch (error) {
        await storage.release();
        throw error;
    }
    io.out(banner(index, storage, settings));
    notices.open();
    await stopped(context.stop);
    await index.close();
    await storage.release();
    io.out(storage.temporary ? `stopped; removed ${storage.dir}\n` : 'stopped\n');
    return 0;
}
/** `index serve`. */
const indexServeCommand = {
    name: ['index', 'serve'],
    usage: 'index serve',
    summary: 'Serve a local PyPI-compatible index (upload, simple and JSON APIs)',
    help: index_serve_HELP,
    options: INDEX_SERVE_OPTIONS,
    run: serve,
};

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./packages/cli/action-lookup.ts
/** Finding the action `run` is asked for: a bundled action by name, or a directory holding an action.yml. */




/**
 * Where a bundled action may live: beside the CLI in a release tree or a clone's `dist/` (`cli/` next to
 * `<name>/`), or under the repository's `dist/` when the CLI runs from its sources.
 */
function bundledActionDirs(name, here = (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url))) {
    return [(0,external_node_path_.join)(here, '..', name), (0,external_node_path_.join)(here, '..', '..', 'dist', name)];
}
/** The directories `action` may mean, in the order they are tried, each once. */
function actionCandidates(action, cwd, here) {
    const looksLikePath = action.includes('/') || action.includes('\\') || action.startsWith('.');
    const candidates = looksLikePath
        ? [(0,external_node_path_.resolve)(cwd, action)]
        : [...bundledActionDirs(action, here), (0,external_node_path_.resolve)(cwd, action)];
    return [...new Set(candidates.map((dir) => (0,external_node_path_.resolve)(dir)))];
}
/** Resolves `action` to a directory holding action.yml, or throws naming every place it looked. */
function resolveActionDir(action, cwd, here) {
    const candidates = actionCandidates(action, cwd, here);
    const found = candidates.find((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'action.yml')) && (0,external_node_fs_.statSync)(dir).isDirectory());
    if (found)
        return found;
    throw new UsageError(`run: no action '${action}' (looked for action.yml in ${candidates.join(', ')}); give a bundled action's name or a directory with action.yml`);
}

// EXTERNAL MODULE: ./packages/local-runner/workflow-commands.ts
var workflow_commands = __nccwpck_require__(95565);
;// CONCATENATED MODULE: ./packages/cli/readable.ts
/** Turns what an action printed and wrote into text for a terminal, as the runner's UI would show it. */

const ANNOTATIONS = { error: 'error', warning: 'warning', notice: 'notice' };
/** One line of the log as the runner shows it: null for lines meant for the runner, not for people. */
function readableLine(line, options) {
    const command = (0,workflow_commands/* parseWorkflowCommand */.Q)(line);
    if (!command)
        return line;
    const label = ANNOTATIONS[command.command];
    if (label) {
        const where = command.properties['file']
            ? ` (${command.properties['file']}${command.properties['line'] ? `:${command.properties['line']}` : ''})`
            : '';
        return `${label}${where}: ${command.message}`;
    }
    if (command.command === 'group')
        return `▸ ${command.message}`;
    if (command.command === 'debug' && options.debug)
        return `debug: ${command.message}`;
    // endgroup, add-mask, set-output and the rest are for the runner.
    return null;
}
/** The log as the runner shows it: groups as headings, annotations labelled, debug lines only on request. */
function readableLog(log, options) {
    return log
        .split(/\r?\n/)
        .map((line) => readableLine(line, options))
        .filter((line) => line !== null)
        .join('\n')
        .trimEnd();
}
const ENTITIES = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#39;': "'",
};
/** A job summary's HTML and Markdown as plain text: table rows on lines, cells split by `|`. */
function readableSummary(summary) {
    return summary
        .replace(/<h(\d)>/g, (_m, level) => `\n${'#'.repeat(Number(level))} `)
        .replace(/<\/(h\d|p|tr|table|ul|details|summary)>/g, '\n')
        .replace(/<li>/g, '- ')
        .replace(/<\/li>/g, '\n')
        .replace(/<\/t[hd]><t[hd][^>]*>/g, ' | ')
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}

// EXTERNAL MODULE: ./packages/common/format.ts
var format = __nccwpck_require__(8839);
;// CONCATENATED MODULE: ./packages/cli/rehearse-report.ts

const JOB_MARKS = ['▶', '✔', '✖', '○'];
/** A rehearsal line indented by what it is: a job's start or end flush left, a step under it, notes under that. */
function indentLine(text) {
    if (JOB_MARKS.some((mark) => text.startsWith(mark)))
        return text;
    if (text.startsWith('- '))
        return `  ${text}`;
    return `    ${text}`;
}
/** Seconds with one decimal. */
function seconds(ms) {
    return (0,format/* formatSeconds */.Xo)(ms / 1000);
}
/** The final table: one row per job played or skipped. */
function resultTable(jobs) {
    const rows = [
        ['job', 'result', 'duration'],
        ...jobs.map((job) => [job.name, job.result, job.result === 'skipped' ? '-' : seconds(job.durationMs)]),
    ];
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    return rows
        .map((row) => row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/**
 * The closing line: all green, or each failed job with why, and the jobs that did not run because of it (a
 * pull request's publish, skipped by its own `if:`, is not a failure).
 */
function verdict(jobs) {
    const failed = jobs.filter((job) => job.result === 'failure' || job.result === 'cancelled');
    if (failed.length === 0)
        return { ok: true, lines: ['rehearsal passed: every job that ran is green'] };
    const stopped = jobs
        .filter((job) => job.result === 'skipped' && job.reason?.startsWith('needs '))
        .map((job) => job.id);
    const lines = failed.map((job) => `✖ ${job.name} ${job.result === 'failure' ? 'failed' : 'was cancelled'}: ${job.reason ?? ''}`);
    if (stopped.length > 0)
        lines.push(`  it stopped: ${stopped.join(', ')}`);
    return { ok: false, lines: [`rehearsal failed`, ...lines] };
}

;// CONCATENATED MODULE: ./packages/cli/rehearse-command.ts
/** `release-actions rehearse [project-dir]`: play a release workflow template locally on a real project. */









const rehearse_command_HELP = `Usage: release-actions rehearse [project-dir] [options]

Play a release workflow template's jobs locally on a Python project (a git repository; default the current
directory), as GitHub would run them: the job graph, needs and if: come from the template, read by GitHub's own
parser. This suite's actions run their bundles; run: steps run in bash (shell: python in the python on PATH);
checkout clones the project at the rehearsed commit; setup-python is a virtual environment of --python (with
its packages); upload/download-artifact use the local artifact service; setup-qemu is skipped; cibuildwheel
builds this host's wheel with 'python -m build --wheel' (other platforms' entries are skipped). Any other
action fails its job, naming the step. Publishing goes to an embedded index on a free port whose trusted
publisher is this repository, workflow and environment; the publish job's OIDC token comes from a local
stand-in of GitHub's, and every repository-url of this suite's actions is that index.

Options:
  --event <event>                tag: a push of the project's newest v* tag, at its commit (a release);
                                 branch: a push of HEAD to main (a dev release); pull_request: build only
                                 (default tag)
  --template <file>              The workflow: a path, or a name looked up in <project>/.github/workflows/
                                 and then in release-actions' action-templates/ (default release.yml)
  --python <python>              The interpreter setup-python and cibuildwheel stand for (default python3)
  --extra-index-url <url>        Where verify-pypi's install check finds the release's dependencies
                                 (default none: the embedded index alone)
  --index-storage <dir>          Keep the index's files in <dir>, and start from what an earlier
                                 rehearsal published there (default a temporary directory, removed)
  --repository <owner/name>      The repository the run stands for (default local/<project dir name>)
  --node <path>                  The node binary for this suite's actions (default the one running this)
  --debug                        Show the actions' debug lines too
  -h, --help                     Show this help

Exit codes: 0 every job that ran succeeded, 1 a job failed (or the rehearsal could not start), 2 bad
command line, 130 interrupted.

Examples:
  release-actions rehearse . --event tag --template pure-release.yml
  release-actions rehearse ../mypkg --event branch --extra-index-url https://pypi.org/simple/
`;
const EVENTS = ['tag', 'branch', 'pull_request'];
const OPTIONS = {
    event: { kind: 'value', accepts: 'tag, branch or pull_request' },
    template: { kind: 'value', accepts: 'a workflow file or a template name' },
    python: { kind: 'value', accepts: 'a Python interpreter' },
    'extra-index-url': { kind: 'value', accepts: 'an index URL' },
    'index-storage': { kind: 'value', accepts: 'a directory' },
    repository: { kind: 'value', accepts: 'owner/name' },
    node: { kind: 'value', accepts: 'a node binary' },
    debug: { kind: 'flag' },
};
/** The workflow file `template` names: a path, the project's own workflow, or one of the suite's templates. */
function templateCandidates(template, projectDir, cwd, here) {
    if (template.includes('/') || template.includes('\\'))
        return [(0,external_node_path_.resolve)(cwd, template)];
    return [
        (0,external_node_path_.join)(projectDir, '.github', 'workflows', template),
        // dist/action-templates: beside cli/ in a clone's dist/ and in an installed release tree alike.
        (0,external_node_path_.join)(here, '..', 'action-templates', template),
        (0,external_node_path_.resolve)(cwd, template),
    ];
}
function findTemplate(template, projectDir, cwd) {
    const candidates = templateCandidates(template, projectDir, cwd, (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)));
    const found = candidates.find((file) => (0,external_node_fs_.existsSync)(file));
    if (found)
        return found;
    throw new UsageError(`--template: no workflow '${template}' (looked in ${candidates.join(', ')})`);
}
function suiteDir() {
    const found = bundledActionDirs('compute-dev-version').find((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'action.yml')));
    if (!found)
        throw new Error("rehearse: this suite's built actions are missing; run 'npm run build' first");
    return (0,external_node_path_.dirname)(found);
}
/** The command line read into the rehearsal's options (everything checked before anything starts). */
function rehearseSettings(line, context) {
    if (line.positionals.length > 1)
        throw new UsageError('rehearse: give at most one project directory');
    const projectDir = (0,external_node_path_.resolve)(context.cwd, line.positionals[0] ?? '.');
    const storage = line.value('index-storage', nonEmpty);
    const repository = line.value('repository', (text) => (/^[^/\s]+\/[^/\s]+$/.test(text) ? text : undefined));
    const node = line.value('node', nonEmpty);
    return {
        projectDir,
        event: line.value('event', oneOf(EVENTS)) ?? 'tag',
        templatePath: findTemplate(line.value('template', nonEmpty) ?? 'release.yml', projectDir, context.cwd),
        suiteDir: suiteDir(),
        python: line.value('python', nonEmpty) ?? 'python3',
        extraIndexUrl: line.value('extra-index-url', nonEmpty) ?? null,
        ...(storage ? { indexStorage: (0,external_node_path_.resolve)(context.cwd, storage) } : {}),
        ...(repository ? { repository } : {}),
        ...(node ? { node: (0,external_node_path_.resolve)(context.cwd, node) } : {}),
    };
}
async function run(line, context) {
    const settings = rehearseSettings(line, context);
    const debug = line.flag('debug');
    const say = (text) => context.io.out(`${text}\n`);
    say(`== rehearse ${settings.templatePath} on ${settings.projectDir} (${settings.event})`);
    // Loaded here, not at start-up: GitHub's workflow parser is most of the command's size, and no other command
    // needs it (nor can plain node load it from source: it imports JSON without an import attribute).
    const { rehearse } = await Promise.all(/* import() */[__nccwpck_require__.e(723), __nccwpck_require__.e(411)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72792));
    // Everything the run writes lives here; a second Ctrl+C, which ends the process at once, removes it too.
    const tempDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(context.tempDir, 'release-actions-rehearse-'));
    const unregister = context.atExit(() => (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true }));
    try {
        const report = await rehearse({
            ...settings,
            tempDir,
            env: context.env,
            signal: context.stop,
            log: {
                line: (text) => say(indentLine(text)),
                output: (text, stream) => {
                    const shown = stream === 'stdout' ? readableLine(text, { debug }) : text;
                    if (shown !== null)
                        say(`      ${shown}`);
                },
            },
        });
        say(`\n${report.trigger.ref} at ${report.trigger.sha.slice(0, 12)}, index ${report.indexUrl}\n`);
        say(resultTable(report.jobs));
        const { ok, lines } = verdict(report.jobs);
        say(`\n${lines.join('\n')}`);
        if (context.stop.aborted)
            return 130;
        return ok ? 0 : 1;
    }
    finally {
        await (0,promises_.rm)(tempDir, { recursive: true, force: true });
        unregister();
    }
}
/** `rehearse [project-dir]`. */
const rehearseCommand = {
    name: ['rehearse'],
    usage: 'rehearse [project-dir]',
    summary: 'Play a release workflow template locally on a project, against an embedded index',
    help: rehearse_command_HELP,
    options: OPTIONS,
    run,
};

// EXTERNAL MODULE: ./packages/local-runner/run-action.ts
var run_action = __nccwpck_require__(98261);
// EXTERNAL MODULE: ./packages/local-runner/action-metadata.ts
var action_metadata = __nccwpck_require__(62831);
// EXTERNAL MODULE: ./packages/process/errors.ts
var errors = __nccwpck_require__(72197);
// EXTERNAL MODULE: ./packages/pep440/parse.ts
var parse = __nccwpck_require__(61695);
// EXTERNAL MODULE: ./packages/pep440/format.ts
var pep440_format = __nccwpck_require__(92621);
;// CONCATENATED MODULE: ./packages/git-version/describe.ts
/**
 * `git describe`: setuptools_scm 10's default command, a project's own describe command read into the options
 * this package honours, the arguments run, and reading the answer.
 */

/** setuptools_scm's default `--match` glob: tags with a digit in them. */
const DEFAULT_MATCH = '*[0-9]*';
/** setuptools_scm 10's default: `git describe --dirty --tags --long --abbrev=40 --match <glob>`. */
function defaultDescribe(match) {
    return {
        match: [match],
        exclude: [],
        tags: true,
        firstParent: false,
        long: true,
        dirty: true,
        abbrev: '40',
        candidates: null,
    };
}
/** Thrown with the reason a describe command cannot be honoured; the caller names the configuration key. */
class DescribeCommandError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'DescribeCommandError';
}
/**
 * Reads a project's describe command (a list, or one string split as shlex does) into a DescribeSpec. Only
 * `git describe` with options that choose tags or shape the answer is accepted: anything else would need running
 * the project's command as it stands, which this package never does.
 */
function describeSpecFromCommand(command) {
    let words;
    try {
        words = typeof command === 'string' ? shlexSplit(command) : [...command];
    }
    catch (error) {
        throw new DescribeCommandError(`it cannot be split into words (${error.message})`);
    }
    if (words[0] !== 'git') {
        throw new DescribeCommandError(`it runs '${words[0] ?? ''}', not git describe`);
    }
    if (words[1] !== 'describe') {
        throw new DescribeCommandError(`it runs 'git ${words[1] ?? ''}', not git describe`);
    }
    const spec = { ...defaultDescribe(''), match: [], tags: false, long: false, dirty: false };
    spec.abbrev = null;
    const rest = words.slice(2);
    for (let i = 0; i < rest.length; i += 1) {
        const word = rest[i] ?? '';
        const [name = '', inline] = splitOption(word);
        const value = () => {
            if (inline !== undefined)
                return inline;
            i += 1;
            const next = rest[i];
            if (next === undefined)
                throw new DescribeCommandError(`${name} needs a value`);
            return next;
        };
        applyOption(spec, name, inline, value);
    }
    if (spec.abbrev === '0') {
        throw new DescribeCommandError('--abbrev=0 prints the bare tag, so no build could tell one commit from the next');
    }
    return spec;
}
function splitOption(word) {
    const eq = word.indexOf('=');
    return word.startsWith('--') && eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word];
}
function applyOption(spec, name, inline, value) {
    const flag = (set) => {
        if (inline !== undefined)
            throw new DescribeCommandError(`${name} takes no value`);
        set();
    };
    switch (name) {
        case '--tags':
            return flag(() => (spec.tags = true));
        case '--long':
            return flag(() => (spec.long = true));
        case '--first-parent':
            return flag(() => (spec.firstParent = true));
        case '--debug':
            return flag(() => undefined);
        case '--dirty':
            if (inline !== undefined && inline !== '-dirty') {
                throw new DescribeCommandError(`--dirty=${inline} marks a dirty tree in a way setuptools_scm does not read`);
            }
            spec.dirty = true;
            return;
        case '--match':
            spec.match.push(value());
            return;
        case '--exclude':
            spec.exclude.push(value());
            return;
        case '--abbrev':
            spec.abbrev = inline === undefined ? null : numeric(name, inline);
            return;
        case '--candidates':
            spec.candidates = numeric(name, value());
            return;
    }
    const what = name.startsWith('-') ? `the option ${name}` : `the argument '${name}'`;
    throw new DescribeCommandError(`${what} is not one compute-dev-version honours (it reads --match, --exclude, --first-parent, --tags, --long, --dirty, --abbrev and --candidates)`);
}
function numeric(name, text) {
    if (!/^[0-9]+$/.test(text))
        throw new DescribeCommandError(`${name}=${text} is not a number`);
    return text;
}
/** The arguments for one run: always `--dirty` and `--long` (parsed alike), plus `--exclude` for tags we skip. */
function describeArgs(spec, exclude = []) {
    const args = ['describe', '--dirty', '--long'];
    if (spec.tags)
        args.push('--tags');
    if (spec.firstParent)
        args.push('--first-parent');
    if (spec.abbrev !== null)
        args.push(`--abbrev=${spec.abbrev}`);
    if (spec.candidates !== null)
        args.push(`--candidates=${spec.candidates}`);
    for (const glob of spec.match)
        args.push(`--match=${glob}`);
    for (const glob of [...spec.exclude, ...exclude])
        args.push(`--exclude=${glob}`);
    return args;
}
/** Parses `<tag>-<distance>-g<sha>[-dirty]` as setuptools_scm does (a bare tag reads as distance 0). */
function parseDescribe(output) {
    let text = output.trim();
    if (text === '')
        return null;
    const dirty = text.endsWith('-dirty');
    if (dirty)
        text = text.slice(0, -'-dirty'.length);
    const match = /^(.+)-([0-9]+)-g([0-9a-f]+)$/s.exec(text);
    if (!match)
        return { tag: text, distance: 0, abbrev: null, dirty };
    return { tag: match[1] ?? '', distance: Number(match[2]), abbrev: match[3] ?? '', dirty };
}

;// CONCATENATED MODULE: ./packages/git-version/python-regex.ts
/**
 * Python `re` patterns (setuptools_scm's `tag_regex`, hatch-vcs's `tag-pattern`) as JavaScript regular expressions
 * that match the same tags: Python's Unicode `\d`, `\w`, `\s`, `$` and `.`, named groups, `{,n}`, literal braces.
 * What has no faithful JavaScript form (scoped flags, conditionals, atomic groups) is refused, never approximated.
 */
const DIGIT = String.raw `\p{Nd}`;
const WORD = String.raw `\p{L}\p{N}_`;
// Python's str.isspace(); JavaScript's \s differs (it has U+FEFF, lacks U+001C-U+001F and U+0085).
const SPACE = String.raw `\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const ASCII_DIGIT = '0-9';
const ASCII_WORD = 'a-zA-Z0-9_';
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));
const SIMPLE_ESCAPES = {
    a: '\\x07',
    f: '\\f',
    n: '\\n',
    r: '\\r',
    t: '\\t',
    v: '\\v',
};
/** Thrown with the reason a pattern cannot be translated; the caller names the configuration key. */
class PythonRegexError extends Error {
    name = 'PythonRegexError';
}
/** Translates a Python regular expression; throws PythonRegexError when it has no faithful JavaScript form. */
function pythonRegex(source) {
    const { flags, rest } = leadingFlags(source);
    const translator = new Translator(rest, flags);
    const body = translator.translate();
    const jsFlags = `duy${flags.ignoreCase ? 'i' : ''}${flags.multiline ? 'm' : ''}${flags.dotAll ? 's' : ''}`;
    let regex;
    try {
        regex = new RegExp(body, jsFlags);
    }
    catch (error) {
        throw new PythonRegexError(`it is not a valid regular expression (${error.message})`);
    }
    return { source, regex, groups: translator.groups, names: translator.names };
}
/** `re.match`: the match at position 0, or null. */
function python_regex_matchAtStart(pattern, text) {
    pattern.regex.lastIndex = 0;
    return pattern.regex.exec(text);
}
function leadingFlags(source) {
    const flags = { ignoreCase: false, multiline: false, dotAll: false, verbose: false, ascii: false };
    let rest = source;
    for (let match = /^\(\?([aiLmsux]+)\)/.exec(rest); match; match = /^\(\?([aiLmsux]+)\)/.exec(rest)) {
        for (const flag of match[1] ?? '') {
            if (flag === 'L')
                throw new PythonRegexError('the L (locale) flag has no JavaScript form');
            if (flag === 'i')
                flags.ignoreCase = true;
            if (flag === 'm')
                flags.multiline = true;
            if (flag === 's')
                flags.dotAll = true;
            if (flag === 'x')
                flags.verbose = true;
            if (flag === 'a')
                flags.ascii = true;
        }
        rest = rest.slice(match[0].length);
    }
    return { flags, rest };
}
class Translator {
    text;
    flags;
    groups = 0;
    names = [];
    at = 0;
    out = '';
    constructor(text, flags) {
        this.text = text;
        this.flags = flags;
    }
    translate() {
        while (this.at < this.text.length) {
            const c = this.text[this.at] ?? '';
            if (this.flags.verbose && this.skipVerbose(c))
                continue;
            if (c === '\\')
                this.out += this.escape(false);
            else if (c === '[')
                this.characterClass();
            else if (c === '(')
                this.group();
            else if (c === '{')
                this.brace();
            else if (c === '}' || c === ']')
                this.literal(c);
            else if (c === '$')
                this.simple(this.flags.multiline ? '$' : String.raw `(?=\n?(?![\s\S]))`);
            else if (c === '.')
                this.simple(this.flags.dotAll ? '.' : String.raw `[^\n]`);
            else if ('*+?'.includes(c))
                this.quantifier(c);
            else
                this.simple(c);
        }
        return this.out;
    }
    simple(js) {
        this.out += js;
        this.at += 1;
    }
    literal(c) {
        this.out += `\\${c}`;
        this.at += 1;
    }
    skipVerbose(c) {
        if (/\s/.test(c)) {
            this.at += 1;
            return true;
        }
        if (c !== '#')
            return false;
        const end = this.text.indexOf('\n', this.at);
        this.at = end < 0 ? this.text.length : end + 1;
        return true;
    }
    quantifier(c) {
        this.out += c;
        this.at += 1;
        const next = this.text[this.at];
        if (next === '+')
            throw new PythonRegexError('possessive quantifiers have no JavaScript form');
        if (next === '?')
            this.simple('?');
    }
    // `{m,n}` is a quantifier (`{,n}` means `{0,n}`); any other brace is a literal in Python.
    brace() {
        const match = /^\{(\d*)(,(\d*))?\}/.exec(this.text.slice(this.at));
        if (!match || (match[2] === undefined && match[1] === '')) {
            this.literal('{');
            return;
        }
        const [whole, min = '', comma, max = ''] = match;
        this.out += comma === undefined ? `{${min}}` : `{${min || '0'},${max}}`;
        this.at += whole.length;
        const next = this.text[this.at];
        if (next === '+')
            throw new PythonRegexError('possessive quantifiers have no JavaScript form');
        if (next === '?')
            this.simple('?');
    }
    group() {
        const rest = this.text.slice(this.at);
        const named = /^\(\?P<([^>]+)>/.exec(rest);
        if (named) {
            this.groups += 1;
            this.names.push(named[1] ?? '');
            this.out += `(?<${named[1]}>`;
            this.at += named[0].length;
            return;
        }
        const backref = /^\(\?P=([^)]+)\)/.exec(rest);
        if (backref) {
            this.out += `\\k<${backref[1]}>`;
            this.at += backref[0].length;
            return;
        }
        const comment = /^\(\?#[^)]*\)/.exec(rest);
        if (comment) {
            this.at += comment[0].length;
            return;
        }
        const kept = /^\((?:\?:|\?=|\?!|\?<=|\?<!)/.exec(rest);
        if (kept) {
            this.out += kept[0];
            this.at += kept[0].length;
            return;
        }
        if (rest.startsWith('(?')) {
            throw new PythonRegexError(`the group '${rest.slice(0, 4)}…' (inline flags, conditionals or atomic groups) has no JavaScript form`);
        }
        this.groups += 1;
        this.simple('(');
    }
    characterClass() {
        this.out += '[';
        this.at += 1;
        if (this.text[this.at] === '^')
            this.simple('^');
        if (this.text[this.at] === ']')
            this.literal(']');
        while (this.at < this.text.length && this.text[this.at] !== ']') {
            const c = this.text[this.at] ?? '';
            if (c === '\\')
                this.out += this.escape(true);
            else if (c === '[')
                this.literal('[');
            else
                this.simple(c);
        }
        if (this.at >= this.text.length)
            throw new PythonRegexError('a character set is not closed with ]');
        this.simple(']');
    }
    // One escape sequence at `at`, as it must read inside or outside a character class.
    escape(inClass) {
        const c = this.text[this.at + 1];
        this.at += 2;
        if (c === undefined)
            throw new PythonRegexError('it ends with a lone backslash');
        const digit = this.flags.ascii ? ASCII_DIGIT : DIGIT;
        const word = this.flags.ascii ? ASCII_WORD : WORD;
        const classes = { d: digit, w: word, s: SPACE };
        const lower = c.toLowerCase();
        if (lower in classes && (c === lower || !inClass)) {
            const body = classes[lower] ?? '';
            if (inClass)
                return body;
            return c === lower ? `[${body}]` : `[^${body}]`;
        }
        if ('DWS'.includes(c))
            throw new PythonRegexError(`\\${c} inside a character set has no JavaScript form`);
        if (c in SIMPLE_ESCAPES)
            return SIMPLE_ESCAPES[c] ?? '';
        if (c === 'b')
            return inClass ? '\\x08' : wordBoundary(word, true);
        if (c === 'B' && !inClass)
            return wordBoundary(word, false);
        if (c === 'A' && !inClass)
            return String.raw `(?<![\s\S])`;
        if (c === 'Z' && !inClass)
            return String.raw `(?![\s\S])`;
        if (c === 'x')
            return this.hex(2);
        if (c === 'u')
            return this.hex(4);
        if (c === 'U')
            return this.hex(8);
        if (c === '0')
            return this.octal('0');
        if (/[1-9]/.test(c))
            return inClass ? this.octal(c) : this.backReference(c);
        if (/[\p{L}\p{N}]/u.test(c))
            throw new PythonRegexError(`the escape \\${c} is not one Python knows`);
        if (SYNTAX.has(c) || (inClass && c === '-'))
            return `\\${c}`;
        return `\\u{${c.codePointAt(0)?.toString(16) ?? '0'}}`;
    }
    hex(length) {
        const digits = this.text.slice(this.at, this.at + length);
        if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) {
            throw new PythonRegexError(`an escape needs ${length} hex digits`);
        }
        this.at += length;
        return `\\u{${digits}}`;
    }
    octal(first) {
        const more = /^[0-7]{0,2}/.exec(this.text.slice(this.at))?.[0] ?? '';
        this.at += more.length;
        return `\\u{${parseInt(first + more, 8).toString(16)}}`;
    }
    backReference(first) {
        const second = /^[0-9]/.exec(this.text.slice(this.at))?.[0] ?? '';
        this.at += second.length;
        return `\\${first}${second}`;
    }
}
// Python's \b and \B follow Unicode word characters; JavaScript's follow ASCII ones even with the u flag.
function wordBoundary(word, boundary) {
    const before = `(?<=[${word}])`;
    const notBefore = `(?<![${word}])`;
    const after = `(?=[${word}])`;
    const notAfter = `(?![${word}])`;
    return boundary
        ? `(?:${before}${notAfter}|${notBefore}${after})`
        : `(?:${before}${after}|${notBefore}${notAfter})`;
}

;// CONCATENATED MODULE: ./packages/git-version/tag-rules.ts
/**
 * Which tags are version tags and the version inside a tag name, by setuptools_scm 10's rules: `tag.prefix`
 * stripped, then `tag_regex` (its `version` group, or its only group), then the text after the group kept when
 * it still makes a PEP 440 version. Also which tags `git describe` can pick at all (its `--match`/`--exclude`).
 */




/** setuptools_scm's DEFAULT_TAG_REGEX: an optional `word-` prefix, an optional v, a '+local' tail. */
const DEFAULT_TAG_REGEX = String.raw `^(?:[\w-]+-)?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`;
/**
 * DEFAULT_TAG_REGEX as pythonRegex translates it (a test keeps the two equal). Nearly every project uses the
 * default, and translating it at each start took longer than reading the whole configuration.
 */
const DEFAULT_TAG_REGEX_JS = String.raw `^(?:[\p{L}\p{N}_-]+-)?(?<version>[vV]?[\p{Nd}]+(?:\.[\p{Nd}]+){0,2}[^\+]*)(?:\+[^\n]*)?(?=\n?(?![\s\S]))`;
const VERSION_PART = (/* unused pure expression or super */ null && (String.raw `(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`));
/** Thrown when a tag regex is unusable; the caller names the configuration key. */
class TagRegexError extends Error {
    name = 'TagRegexError';
}
/** Rules from a Python regex source, as setuptools_scm's `_check_tag_regex` accepts them. */
function tagRules(options) {
    const source = options.regex || DEFAULT_TAG_REGEX;
    let regex;
    try {
        regex =
            source === DEFAULT_TAG_REGEX
                ? { source, regex: new RegExp(DEFAULT_TAG_REGEX_JS, 'duy'), groups: 1, names: ['version'] }
                : pythonRegex(source);
    }
    catch (error) {
        throw new TagRegexError(`'${source}' cannot be used: ${error.message}`);
    }
    if (regex.groups === 0 || (regex.groups > 1 && !regex.names.includes('version'))) {
        throw new TagRegexError(`'${source}' must contain a single group or a group named 'version' around the version part of a tag`);
    }
    return {
        strip: options.strip ?? '',
        regex,
        group: regex.groups === 1 ? 1 : 'version',
        keepSpelling: options.keepSpelling ?? false,
        describe: options.describe ?? defaultDescribe(DEFAULT_MATCH),
        inputPrefix: options.inputPrefix ?? null,
    };
}
/** The rules of the tag-prefix input: the prefix, an optional v, the version; describe matches `<prefix>*[0-9]*`. */
function prefixRules(prefix, describe) {
    const spec = { ...describe, match: [`${escapeGlob(prefix)}*[0-9]*`], exclude: [] };
    return tagRules({
        regex: `^${escapePythonRegex(prefix)}${VERSION_PART}`,
        describe: spec,
        inputPrefix: prefix,
    });
}
/** The version text a tag or branch segment holds by the rules (no PEP 440 check), as `_parse_version_tag`. */
function matchVersionPart(name, rules) {
    const stripped = rules.strip !== '' && name.startsWith(rules.strip) ? name.slice(rules.strip.length) : name;
    const match = matchAtStart(rules.regex, stripped);
    const version = match ? groupOf(match, rules.group) : undefined;
    return version ? version : null;
}
/** The version a tag carries, as setuptools_scm's tag_to_version; null when the regex does not match. */
function versionFromTag(tag, rules) {
    const stripped = rules.strip !== '' && tag.startsWith(rules.strip) ? tag.slice(rules.strip.length) : tag;
    const match = python_regex_matchAtStart(rules.regex, stripped);
    if (!match)
        return null;
    const raw = groupOf(match, rules.group);
    const span = rules.group === 'version' ? match.indices?.groups?.version : match.indices?.[rules.group];
    if (!raw || span === undefined)
        return { version: null, text: raw ?? '', local: null };
    const base = (0,parse/* parseVersion */.ot)(raw);
    if (base === null)
        return { version: null, text: raw, local: null };
    const suffix = match[0].slice(span[1]);
    const withSuffix = suffix === '' ? null : (0,parse/* parseVersion */.ot)(raw + suffix);
    const parsed = withSuffix ?? base;
    const spelled = withSuffix !== null ? raw + suffix : raw;
    const publicPart = (0,pep440_format/* formatVersion */.qh)({ ...parsed, local: null });
    return {
        version: publicPart,
        text: rules.keepSpelling ? (spelled.split('+')[0] ?? spelled) : publicPart,
        local: parsed.local,
    };
}
/** True when describe could pick `tag`: it matches a `--match` glob (if any) and no `--exclude` glob. */
function describeCouldPick(tag, rules) {
    const { match, exclude } = rules.describe;
    if (match.length > 0 && !match.some((glob) => wildmatch(glob, tag)))
        return false;
    return !exclude.some((glob) => wildmatch(glob, tag));
}
/** Escapes a literal for git's wildmatch (used by `describe --match/--exclude`). */
function escapeGlob(text) {
    return text.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}
/** Escapes a literal as Python's re.escape does (every character but letters, digits and `_`). */
function escapePythonRegex(text) {
    return text.replace(/[^\p{L}\p{N}_]/gu, (c) => `\\${c}`);
}
function groupOf(match, group) {
    return group === 'version' ? match.groups?.version : match[group];
}

// EXTERNAL MODULE: ./packages/process/run.ts + 4 modules
var process_run = __nccwpck_require__(18239);
;// CONCATENATED MODULE: ./packages/git-version/errors.ts
/** A user-facing failure: one line that names the file or input at fault and how to fix it. */
class VersionError extends Error {
    name = 'VersionError';
}

;// CONCATENATED MODULE: ./packages/git-version/git.ts
/** Running git: argument arrays, never a shell, with an environment that cannot redirect it. */


// Variables that would point git at another repository, index or object store than the checkout in `cwd`
// (setuptools_scm drops all GIT_* for the same reason; we keep the ones that only tune transport and config).
const REDIRECTING = new Set([
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
    'GIT_SHALLOW_FILE',
    'GIT_GRAFT_FILE',
    'GIT_REPLACE_REF_BASE',
    'GIT_NO_REPLACE_OBJECTS',
]);
/** The environment git runs with: no repository redirection, C locale for parseable messages, no prompts. */
function gitEnvironment(env) {
    const result = {};
    for (const [key, value] of Object.entries(env)) {
        if (value !== undefined && !REDIRECTING.has(key))
            result[key] = value;
    }
    result.LC_ALL = 'C';
    result.LANGUAGE = '';
    // A fetch must fail, not wait for a password nobody will type.
    result.GIT_TERMINAL_PROMPT = '0';
    return result;
}
/** The real git, found on PATH (or `executable`), run without a shell through the suite's process runner. */
function createGit(options = {}) {
    const executable = options.executable ?? 'git';
    const env = gitEnvironment(options.env ?? process.env);
    return {
        async run(args, { cwd, input }) {
            try {
                const result = await (0,process_run/* runProcess */.R3)(executable, args, {
                    cwd,
                    env,
                    timeoutMs: 0, // a fetch takes as long as the network does; the job's own timeout bounds it
                    ...(input === undefined ? {} : { input }),
                    hint: 'install git on the runner',
                });
                return { code: result.code ?? 128, stdout: result.stdout, stderr: result.stderr };
            }
            catch (error) {
                if (error instanceof errors/* ProcessError */.yI)
                    throw new VersionError(`${error.message} (cwd ${cwd})`);
                throw error;
            }
        },
    };
}
/** Runs git and returns stdout, or throws with git's own message when it fails. */
async function gitOutput(git, args, cwd) {
    const result = await git.run(args, { cwd });
    if (result.code !== 0)
        throw new GitFailure(args, result);
    return result.stdout;
}
/** A git command that failed; `message` carries git's first error line. */
class GitFailure extends Error {
    args;
    result;
    name = 'GitFailure';
    constructor(args, result) {
        super(`git ${args[0] ?? ''} failed (exit ${result.code}): ${firstLine(result.stderr) || firstLine(result.stdout)}`);
        this.args = args;
        this.result = result;
    }
}
/** The first non-empty line of git's output, for one-line messages. */
function firstLine(text) {
    return (text
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line !== '') ?? '');
}

// EXTERNAL MODULE: ./packages/pep440/compare.ts
var compare = __nccwpck_require__(56187);
;// CONCATENATED MODULE: ./packages/cli/checkout-ref.ts
/**
 * The GITHUB_REF a local run stands for, read from the checkout as a runner's checkout would have it: the
 * branch that is checked out, or the version tag a detached HEAD sits on. Anything else is a guess, and the
 * reason says so.
 */


const DEFAULT_TAG_RULES = tagRules({});
/** The highest version among `tags` by setuptools_scm's default tag rule; null when none is a version tag. */
function versionTag(tags) {
    const versioned = tags.flatMap((tag) => {
        const version = versionFromTag(tag, DEFAULT_TAG_RULES)?.version;
        return version ? [{ tag, version }] : [];
    });
    versioned.sort((a, b) => (0,compare/* compareVersions */.Z)(b.version, a.version) || a.tag.localeCompare(b.tag));
    return versioned[0]?.tag ?? null;
}
/** The ref a runner would have for this checkout: its branch, the version tag HEAD is at, or a stated guess. */
function chooseRef(facts) {
    if (!facts.isRepository)
        return { ref: 'refs/heads/main', reason: 'not a git checkout, so a guess; give --ref to choose' };
    if (facts.branch !== null)
        return { ref: `refs/heads/${facts.branch}`, reason: 'the checked-out branch' };
    const tag = versionTag(facts.tagsAtHead);
    if (tag !== null)
        return { ref: `refs/tags/${tag}`, reason: `HEAD is detached at version tag ${tag}` };
    const branch = facts.defaultBranch ?? 'main';
    return {
        ref: `refs/heads/${branch}`,
        reason: `HEAD is detached at no version tag, so ${facts.defaultBranch ? 'the default branch' : 'a guess'}; give --ref to choose`,
    };
}
async function gitLine(git, cwd, args) {
    const result = await git.run(args, { cwd });
    const text = result.stdout.trim();
    return result.code === 0 && text !== '' ? text : null;
}
async function defaultBranch(git, cwd) {
    const remoteHead = await gitLine(git, cwd, [
        'symbolic-ref',
        '--quiet',
        '--short',
        'refs/remotes/origin/HEAD',
    ]);
    if (remoteHead?.startsWith('origin/'))
        return remoteHead.slice('origin/'.length);
    const local = await gitLine(git, cwd, [
        'for-each-ref',
        '--format=%(refname:short)',
        'refs/heads/main',
        'refs/heads/master',
    ]);
    return local?.split('\n')[0] ?? null;
}
/** Reads HEAD, its branch and tags from the checkout at `dir` (not a checkout: all empty). */
async function readCheckout(dir, git = createGit()) {
    const inside = await gitLine(git, dir, ['rev-parse', '--is-inside-work-tree']);
    if (inside !== 'true')
        return { head: null, isRepository: false, branch: null, tagsAtHead: [], defaultBranch: null };
    const [head, branch] = await Promise.all([
        gitLine(git, dir, ['rev-parse', '--verify', '--quiet', 'HEAD']),
        gitLine(git, dir, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    ]);
    const detached = branch === null && head !== null;
    const [tags, fallback] = detached
        ? await Promise.all([gitLine(git, dir, ['tag', '--points-at', 'HEAD']), defaultBranch(git, dir)])
        : [null, null];
    return {
        head,
        isRepository: true,
        branch,
        tagsAtHead: tags?.split('\n') ?? [],
        defaultBranch: fallback,
    };
}

;// CONCATENATED MODULE: ./packages/cli/run-report.ts


/** The word for how `run` ended. */
function runResult(run) {
    if (run.cancelled)
        return 'interrupted';
    if (run.timedOut)
        return 'timed-out';
    if (run.exitCode === null)
        return 'killed';
    return run.exitCode === 0 ? 'succeeded' : 'failed';
}
/** The CLI's exit code for a run: the action's own, 130 when interrupted, 1 when stopped otherwise. */
function runExitCode(run) {
    if (run.cancelled)
        return 130;
    return run.exitCode ?? 1;
}
/** One line saying how the action ended and how long it took. */
function statusLine(name, run, timeoutMs) {
    const seconds = (ms) => (0,format/* formatSeconds */.Xo)(ms / 1000);
    const how = {
        succeeded: 'succeeded',
        failed: `failed with exit code ${run.exitCode}`,
        'timed-out': `did not finish within --timeout ${seconds(timeoutMs)} and was stopped, with every process it started`,
        interrupted: 'was interrupted and stopped, with every process it started',
        killed: `was killed by ${run.signal ?? 'a signal'}`,
    };
    return `${name} ${how[runResult(run)]} (${seconds(run.durationMs)})`;
}
/** Outputs, exported environment and summary as people read them (the log was shown as it came). */
function formatResults(run) {
    const lines = ['== outputs'];
    const outputs = Object.entries(run.outputs);
    if (outputs.length === 0)
        lines.push('(none)');
    for (const [key, value] of outputs)
        lines.push(value.includes('\n') ? `${key}<<EOF\n${value}\nEOF` : `${key}=${value}`);
    const env = Object.entries(run.env);
    if (env.length > 0)
        lines.push('', '== exported environment', ...env.map(([key, value]) => `${key}=${value}`));
    if (run.summary.trim() !== '')
        lines.push('', '== summary', readableSummary(run.summary));
    return `${lines.join('\n')}\n`;
}
/** The one JSON object `run --json` writes to stdout. */
function runJson(run, context) {
    const result = {
        action: context.action,
        ref: context.ref,
        sha: context.sha,
        result: runResult(run),
        'exit-code': runExitCode(run),
        'duration-ms': Math.round(run.durationMs),
        outputs: run.outputs,
        env: run.env,
        summary: run.summary,
    };
    return `${JSON.stringify(result, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./packages/cli/run-options.ts
/** The options of `run` and what they become: the action, its inputs and the context it runs in. */





/** A GitHub job's own limit (timeout-minutes defaults to 360): no action's timeout is longer. */
const DEFAULT_RUN_TIMEOUT_MS = 360 * 60_000;
/** Every option of `run`, with what its value may be. */
const RUN_OPTIONS = {
    input: { kind: 'value', multiple: true, accepts: 'name=value, with a name the action declares' },
    ref: { kind: 'value', accepts: 'a full ref, e.g. refs/heads/main or refs/tags/v1.0.0' },
    sha: { kind: 'value', accepts: 'a full commit SHA (40 hex digits, or 64)' },
    event: { kind: 'value', accepts: 'an event name, e.g. push or release' },
    'event-payload': { kind: 'value', accepts: 'a JSON file holding the event payload' },
    env: { kind: 'value', multiple: true, accepts: 'NAME=value' },
    workspace: { kind: 'value', accepts: 'an existing directory' },
    node: { kind: 'value', accepts: 'a node binary' },
    timeout: { kind: 'value', accepts: 'a number of seconds above 0' },
    debug: { kind: 'flag' },
    json: { kind: 'flag' },
};
function pairs(line, name) {
    return Object.fromEntries(line.list(name).map((text) => {
        const pair = namedValue(text);
        if (!pair)
            throw line.invalid(name, text);
        return pair;
    }));
}
/** Refuses inputs action.yml does not declare: a runner only warns, and the typo then silently does nothing. */
function checkInputs(inputs, metadata, label) {
    const declared = Object.keys(metadata.inputs);
    for (const name of Object.keys(inputs)) {
        if (!declared.includes(name))
            throw new UsageError(`--input: ${label} has no input '${name}'; it takes ${declared.length > 0 ? declared.join(', ') : 'none'}`);
    }
}
async function eventPayload(file, cwd) {
    if (file === undefined)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), 'utf8'));
    }
    catch (error) {
        throw new UsageError(`--event-payload: cannot read ${file} as JSON (${error.message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new UsageError(`--event-payload: ${file} must hold a JSON object`);
    return parsed;
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Turns the `run` command line into settings for `actionDir`; throws UsageError naming a bad option. */
async function runSettings(line, actionDir, cwd) {
    const workspace = (0,external_node_path_.resolve)(cwd, line.string('workspace') ?? '.');
    if (!isDirectory(workspace))
        throw line.invalid('workspace', line.string('workspace') ?? '.');
    return {
        label: line.positionals[0] ?? (0,external_node_path_.basename)(actionDir),
        actionDir,
        inputs: pairs(line, 'input'),
        event: {
            name: line.value('event', (text) => (/^[a-z_]+$/.test(text) ? text : undefined)) ?? 'push',
            payload: await eventPayload(line.string('event-payload'), cwd),
        },
        env: pairs(line, 'env'),
        workspace,
        ref: line.value('ref', (text) => (/^refs\/\S+$/.test(text) ? text : undefined)),
        sha: line.value('sha', (text) => (/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(text) ? text : undefined)),
        node: line.value('node', nonEmpty),
        timeoutMs: line.value('timeout', positiveSeconds) ?? DEFAULT_RUN_TIMEOUT_MS,
        debug: line.flag('debug'),
        json: line.flag('json'),
    };
}

;// CONCATENATED MODULE: ./packages/cli/run-command.ts
/** `release-actions run <action>`: run an action locally as a runner does, showing its log as it comes. */









const run_command_HELP = `Usage: release-actions run <action> [options]

Run an action locally under the runner's contract (inputs as INPUT_*, the GITHUB_* files, the event
payload), showing its log as it runs; then print its outputs, exported environment and job summary.
<action> is a bundled action's name (e.g. compute-dev-version) or a directory holding an action.yml.
GITHUB_REF and GITHUB_SHA come from the checkout in --workspace: its branch, or the version tag a
detached HEAD is at; the first line says which ref was chosen and why. The action reaches a local
artifact service as on a runner; artifacts stay in <workspace>/.release-actions/artifacts, so a later
run (collect-artifacts) downloads what an earlier one uploaded (all of run GITHUB_RUN_ID, 1 by default).

Options:
  --input <name=value>           An input, as under 'with:' (repeatable; only inputs the action declares)
  --ref <ref>                    GITHUB_REF, a full ref (default: from the checkout, see above)
  --sha <sha>                    GITHUB_SHA (default the checkout's HEAD)
  --event <name>                 GITHUB_EVENT_NAME (default push)
  --event-payload <file>         JSON file with the event payload (default {})
  --env <NAME=value>             Extra environment for the action (repeatable)
  --workspace <dir>              GITHUB_WORKSPACE and working directory (default the current directory)
  --node <path>                  The node binary to run the action with (default the one running this)
  --timeout <seconds>            Stop the action after this long (default 21600, a GitHub job's limit;
                                 actions keep their own shorter timeouts)
  --debug                        Show the action's debug lines too
  --json                         Write one JSON object to stdout (action, ref, sha, result, exit-code,
                                 duration-ms, outputs, env, summary); the log goes to stderr
  -h, --help                     Show this help

Exit codes: the action's own (0 when it succeeded), 1 when it could not run or was stopped by
--timeout, 2 bad command line, 130 interrupted (Ctrl+C or SIGTERM stop it and everything it started).

Examples:
  release-actions run compute-dev-version
  release-actions run compute-dev-version --ref refs/tags/v1.2.0 --json
  release-actions run publish-pypi --input repository-url=http://127.0.0.1:8080/legacy/ --input password=s3cret
`;
const NO_COMMIT = '0000000000000000000000000000000000000000';
const NOT_A_CHECKOUT = {
    head: null,
    isRepository: false,
    branch: null,
    tagsAtHead: [],
    defaultBranch: null,
};
/** The ref and sha the run stands for: as given, or from the checkout (with the reason for the ref). */
async function runTarget(settings) {
    const facts = settings.ref !== undefined && settings.sha !== undefined
        ? NOT_A_CHECKOUT
        : await readCheckout(settings.workspace).catch(() => NOT_A_CHECKOUT);
    const chosen = settings.ref !== undefined ? { ref: settings.ref, reason: 'given by --ref' } : chooseRef(facts);
    return { ...chosen, sha: settings.sha ?? facts.head ?? NO_COMMIT };
}
async function execute(settings, target, log, stop) {
    try {
        return await (0,run_action/* runAction */.C)({
            actionDir: settings.actionDir,
            inputs: settings.inputs,
            event: settings.event,
            env: settings.env,
            workspace: settings.workspace,
            ref: target.ref,
            sha: target.sha,
            timeoutMs: settings.timeoutMs,
            strictInputs: true,
            // Artifacts an action uploads stay here for the next `run` (a rehearsal's later job downloads them).
            artifactStorage: (0,external_node_path_.join)(settings.workspace, '.release-actions', 'artifacts'),
            signal: stop,
            onLine: (line, stream) => {
                const shown = stream === 'stdout' ? readableLine(line, settings) : line;
                if (shown !== null)
                    log(`${shown}\n`);
            },
            ...(settings.node !== undefined ? { node: settings.node } : {}),
        });
    }
    catch (error) {
        if (error instanceof errors/* ProcessError */.yI && settings.node !== undefined)
            throw new UsageError(`--node: ${error.message}`);
        throw error;
    }
}
async function run_command_run(line, context) {
    if (line.positionals.length !== 1)
        throw new UsageError("run: give exactly one action, e.g. 'release-actions run compute-dev-version'");
    const settings = await runSettings(line, resolveActionDir(line.positionals[0], context.cwd), context.cwd);
    checkInputs(settings.inputs, await (0,action_metadata/* readActionMetadata */.O)(settings.actionDir), settings.label);
    const target = await runTarget(settings);
    // With --json, stdout carries the result alone; people still see the log, on stderr.
    const log = settings.json ? context.io.err : context.io.out;
    log(`== run ${settings.label} on ${target.ref} (${target.reason}) at ${target.sha.slice(0, 12)}\n`);
    const result = await execute(settings, target, log, context.stop);
    if (settings.json)
        context.io.out(runJson(result, { action: settings.label, ...target }));
    else
        context.io.out(`\n${formatResults(result)}`);
    log(`\n${statusLine(settings.label, result, settings.timeoutMs)}\n`);
    return runExitCode(result);
}
/** `run <action>`. */
const runCommand = {
    name: ['run'],
    usage: 'run <action>',
    summary: 'Run a bundled action locally, as a GitHub runner would',
    help: run_command_HELP,
    options: RUN_OPTIONS,
    run: run_command_run,
};

;// CONCATENATED MODULE: ./packages/cli/commands.ts




/** The commands, in the order the main help lists them. */
const COMMANDS = [
    indexServeCommand,
    indexRepairCommand,
    runCommand,
    rehearseCommand,
];

;// CONCATENATED MODULE: ./packages/cli/help.ts
function commandList(entries) {
    const width = Math.max(...entries.map((entry) => entry.usage.length)) + 2;
    return entries.map((entry) => `  ${entry.usage.padEnd(width)} ${entry.summary}`).join('\n');
}
const HELP_ENTRY = { usage: 'help [command]', summary: 'Show help for a command' };
/** `release-actions --help`. */
function mainHelp(commands) {
    return `Usage: release-actions <command> [options]

Rehearse a Python release locally: serve a PyPI-compatible index, run the bundled actions.

Commands:
${commandList([...commands, HELP_ENTRY])}

Options:
  -h, --help           Show help
  -v, --version        Show the version

Run 'release-actions <command> --help' for a command's options.
Exit codes: 0 done, 1 running failed (or the action's own exit code), 2 bad command line, 130 interrupted.
`;
}
/** `release-actions <group> --help`, e.g. for `index`. */
function groupHelp(group, commands) {
    const members = commands.filter((command) => command.name.length > 1 && command.name[0] === group);
    return `Usage: release-actions ${group} <subcommand> [options]

Subcommands:
${commandList(members.map((command) => ({ ...command, usage: command.usage.slice(group.length + 1) })))}

Run 'release-actions ${group} <subcommand> --help' for its options.
`;
}

;// CONCATENATED MODULE: ./packages/cli/cli.ts
/** The `release-actions` command line: finds the command, parses its options, turns errors into one line. */





/** The CLI's version, printed by `--version`. */
const VERSION = '0.1.0';
/** The command `args` names: the one whose words they start with, longest first. */
function findCommand(args, commands) {
    return [...commands]
        .sort((a, b) => b.name.length - a.name.length)
        .find((command) => command.name.every((word, index) => args[index] === word));
}
function isGroup(word, commands) {
    return commands.some((command) => command.name.length > 1 && command.name[0] === word);
}
/** Help, version and groups: what needs no command. Returns the exit code, or null to go on. */
function answerWithoutCommand(args, io, commands) {
    const [first, second] = args;
    if (first === undefined || first === '-h' || first === '--help') {
        io.out(mainHelp(commands));
        return first === undefined ? 2 : 0;
    }
    if (first === '-v' || first === '--version') {
        io.out(`release-actions ${VERSION}\n`);
        return 0;
    }
    if (first === 'help') {
        const topic = args.slice(1);
        const command = topic.length === 0 ? undefined : findCommand(topic, commands);
        if (topic.length === 0)
            io.out(mainHelp(commands));
        else if (command)
            io.out(command.help);
        else if (topic.length === 1 && isGroup(topic[0], commands))
            io.out(groupHelp(topic[0], commands));
        else
            throw new UsageError(`help: no command '${topic.join(' ')}'; try 'release-actions --help'`);
        return 0;
    }
    if (isGroup(first, commands) && !findCommand(args, commands)) {
        if (second === undefined || second === '-h' || second === '--help') {
            io.out(groupHelp(first, commands));
            return second === undefined ? 2 : 0;
        }
        throw new UsageError(`${first}: unknown subcommand '${second}'; try 'release-actions ${first} --help'`);
    }
    return null;
}
async function dispatch(args, context, commands) {
    const answered = answerWithoutCommand(args, context.io, commands);
    if (answered !== null)
        return answered;
    const command = findCommand(args, commands);
    if (!command)
        throw new UsageError(`unknown command '${args[0]}'; try 'release-actions --help'`);
    const line = parseCommandLine(command.name.join(' '), args.slice(command.name.length), command.options);
    if (line.help) {
        context.io.out(command.help);
        return 0;
    }
    return command.run(line, context);
}
/** Runs the CLI with `args` (without node and script); resolves with the exit code. Never throws. */
async function runCli(args, io, surroundings = {}, commands = COMMANDS) {
    const context = {
        io,
        stop: surroundings.stop ?? new AbortController().signal,
        env: surroundings.env ?? process.env,
        cwd: surroundings.cwd ?? process.cwd(),
        tempDir: surroundings.tempDir ?? (0,external_node_os_.tmpdir)(),
        atExit: surroundings.atExit ?? (() => () => undefined),
    };
    try {
        return await dispatch(args, context, commands);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        io.err(`release-actions: ${message.split('\n')[0]}\n`);
        return error instanceof UsageError ? 2 : 1;
    }
}

;// CONCATENATED MODULE: ./packages/cli/output.ts
/** The process's stdout and stderr. */
const processOutput = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
};

;// CONCATENATED MODULE: ./packages/cli/main.ts
/** Entry point of `release-actions`: wires signals and the process's streams to the CLI. */


const stop = new AbortController();
const cleanups = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        if (!stop.signal.aborted) {
            stop.abort();
            return;
        }
        // A second signal while shutting down means: stop now, doing only what must not be skipped.
        for (const cleanup of cleanups) {
            try {
                cleanup();
            }
            catch {
                // Exiting anyway; what could not be cleaned stays.
            }
        }
        process.exit(130);
    });
}
const atExit = (cleanup) => {
    cleanups.add(cleanup);
    return () => cleanups.delete(cleanup);
};
// No top-level await: ncc's per-file transpilation bundles modules as CommonJS, where it is not allowed.
void runCli(process.argv.slice(2), processOutput, { stop: stop.signal, atExit }).then((code) => {
    process.exitCode = code;
});

