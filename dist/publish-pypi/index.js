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

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mh: () => (/* binding */ FIELD_SPECS),
/* harmony export */   dL: () => (/* binding */ fieldSpecOfForm),
/* harmony export */   kZ: () => (/* binding */ fieldSpecOfHeader)
/* harmony export */ });
/** The core metadata fields this package knows: their header name, typed key, use count and twine form name. */
// Order follows twine's mapping (metadata 1.0 → 2.4), which is also the order uploadFormFields emits.
const FIELD_SPECS = [
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
const BY_HEADER = new Map(FIELD_SPECS.map((spec) => [spec.header.toLowerCase(), spec]));
const BY_FORM = new Map(FIELD_SPECS.map((spec) => [spec.form, spec]));
/** The spec of a header, matched case-insensitively as RFC 822 headers are; undefined for unknown fields. */
function fieldSpecOfHeader(header) {
    return BY_HEADER.get(header.toLowerCase());
}
/** The spec of a twine/warehouse upload form field name; undefined for non-metadata fields. */
function fieldSpecOfForm(form) {
    return BY_FORM.get(form);
}


/***/ }),

/***/ 2667:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ buildMetadata),
/* harmony export */   Ug: () => (/* binding */ parseCoreMetadata)
/* harmony export */ });
/* unused harmony exports emptyCoreMetadata, parseProjectUrl */
/* harmony import */ var _core_metadata_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7141);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8809);
/** Core metadata (PKG-INFO / METADATA): RFC 822-style headers, then the description as the body. */


// A header line: a field name of printable ASCII except ':', then ':' (Python's feedparser headerRE).
const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+):(.*)$/s;
/** An empty CoreMetadata, for building one by hand (tests, form data). */
function emptyCoreMetadata() {
    const meta = { projectUrls: [], fields: [], warnings: [] };
    for (const spec of _core_metadata_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_SPECS */ .Mh)
        if (spec.multiple && spec.key !== 'projectUrls')
            meta[spec.key] = [];
    return meta;
}
/** Parse METADATA / PKG-INFO text (or UTF-8 bytes) into typed fields, the raw field list and the body description. */
function parseCoreMetadata(input, source = 'metadata') {
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
        const spec = (0,_core_metadata_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldSpecOfHeader */ .kZ)(name);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('invalid-metadata', `${source}: core metadata is not valid UTF-8`);
    }
}


/***/ }),

/***/ 1118:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ filetypeOf),
/* harmony export */   h: () => (/* binding */ parseDistFilename)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8809);
/* harmony import */ var _sdist_filename_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1739);
/* harmony import */ var _wheel_filename_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2337);



/** Parse a wheel (`.whl`) or sdist (`.tar.gz`, legacy `.zip`) filename; anything else is a DistError `unknown-extension`. */
function parseDistFilename(filename) {
    if (filename.endsWith('.whl'))
        return (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWheelFilename */ .e)(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return (0,_sdist_filename_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSdistFilename */ .s)(filename);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistError */ .b('unknown-extension', `${filename}: not a distribution file; expected a wheel (.whl) or an sdist (.tar.gz)`, filename);
}
/** The upload `filetype` twine sends for a filename, or null when twine would not upload it. */
function filetypeOf(filename) {
    if (filename.endsWith('.whl'))
        return 'bdist_wheel';
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip') || filename.endsWith('.tar.bz2'))
        return 'sdist';
    return null;
}


/***/ }),

/***/ 8809:
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

/***/ 8888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   yz: () => (/* binding */ normalizeProjectName)
/* harmony export */ });
/* unused harmony exports isValidProjectName, filenameProjectName */
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


/***/ }),

/***/ 6186:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ pyLeadingSpace),
/* harmony export */   m0: () => (/* binding */ pyStrip),
/* harmony export */   n3: () => (/* binding */ pyRepr)
/* harmony export */ });
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


/***/ }),

/***/ 1739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseSdistFilename)
/* harmony export */ });
/* harmony import */ var _pep440_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2621);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8809);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8888);
/* harmony import */ var _python_repr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6186);
/** Source distribution filenames: PEP 625 `{name}-{version}.tar.gz`, and legacy `.zip`. */




/**
 * Parse an sdist filename as `packaging.utils.parse_sdist_filename` does: `.tar.gz` or `.zip`, split at the
 * last `-`. A `.zip` parses (PyPI accepts the extension) but PyPI then refuses it by PEP 625; see the rules.
 */
function parseSdistFilename(filename) {
    const fail = (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistError */ .b('invalid-sdist-filename', message, filename);
    };
    let extension = '.tar.gz';
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else
        fail(`Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(filename)}`);
    const stem = filename.slice(0, -extension.length);
    const dash = stem.lastIndexOf('-');
    if (dash < 0)
        fail(`Invalid sdist filename: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(filename)}`);
    const namePart = stem.slice(0, dash);
    const versionPart = stem.slice(dash + 1);
    const version = (0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeVersion */ .Qj)(versionPart);
    if (version === null)
        fail(`Invalid sdist filename (invalid version): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(filename)}`);
    return {
        filename,
        kind: 'sdist',
        name: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeProjectName */ .yz)(namePart),
        nameInFilename: namePart,
        version: version,
        versionInFilename: versionPart,
        buildTag: null,
        tags: [],
        extension,
    };
}


/***/ }),

/***/ 6162:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ metadataFromUploadForm),
/* harmony export */   fO: () => (/* binding */ uploadFormFields),
/* harmony export */   gS: () => (/* binding */ metadataVersionAtLeast),
/* harmony export */   qU: () => (/* binding */ twineSafeName)
/* harmony export */ });
/* harmony import */ var _core_metadata_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7141);
/* harmony import */ var _core_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2667);
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
    for (const spec of _core_metadata_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_SPECS */ .Mh) {
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
        const spec = (0,_core_metadata_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldSpecOfForm */ .dL)(name);
        if (!spec || value === '')
            continue;
        if (spec.key === 'description')
            description = value;
        else
            fields.push({ name: spec.header, value });
    }
    return (0,_core_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .buildMetadata */ .KP)(fields, description);
}
/** True when a Metadata-Version string is at least major.minor. */
function metadataVersionAtLeast(version, major, minor) {
    const match = /^(\d+)\.(\d+)$/.exec(version ?? '');
    if (!match)
        return false;
    const [maj, min] = [Number(match[1]), Number(match[2])];
    return maj > major || (maj === major && min >= minor);
}


/***/ }),

/***/ 2337:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parseWheelFilename)
/* harmony export */ });
/* unused harmony export expandTags */
/* harmony import */ var _pep440_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2621);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8809);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8888);
/* harmony import */ var _python_repr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6186);
/** PEP 427 wheel filenames: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`. */




// The escaped name may only hold word characters and dots (packaging's `[\w\d._]` with Python's Unicode \w:
// letters, numbers, underscore), never `__`.
const WHEEL_NAME = /^[\p{L}\p{N}_.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;
/** Parse a wheel filename the way `packaging.utils.parse_wheel_filename` does; throws DistError with packaging's message. */
function parseWheelFilename(filename) {
    const fail = (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistError */ .b('invalid-wheel-filename', message, filename);
    };
    if (!filename.endsWith('.whl'))
        fail(`Invalid wheel filename (extension must be '.whl'): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(filename)}`);
    const stem = filename.slice(0, -'.whl'.length);
    const parts = stem.split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        fail(`Invalid wheel filename (wrong number of parts): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(stem)}`);
    }
    const [namePart = '', versionPart = ''] = parts;
    if (namePart.includes('__') || !WHEEL_NAME.test(namePart))
        fail(`Invalid project name: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(stem)}`);
    const version = (0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeVersion */ .Qj)(versionPart);
    if (version === null)
        fail(`Invalid wheel filename (invalid version): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(stem)}`);
    let buildTag = null;
    if (parts.length === 6) {
        const buildPart = parts[2] ?? '';
        const match = BUILD_TAG.exec(buildPart);
        if (!match)
            fail(`Invalid build number: ${buildPart} in ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(stem)}`);
        buildTag = { number: Number(match?.[1]), suffix: match?.[2] ?? '' };
    }
    const [interpreters = '', abis = '', platforms = ''] = parts.slice(-3);
    return {
        filename,
        kind: 'wheel',
        name: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeProjectName */ .yz)(namePart),
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


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony exports publicVersion, baseVersion */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1695);
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

/***/ 1695:
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

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Numbers as people read them in logs and summaries. */
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
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

/***/ 2448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   gS: () => (/* binding */ IndexUrlError),
/* harmony export */   pk: () => (/* binding */ PypiError),
/* harmony export */   w_: () => (/* binding */ IndexResponseError)
/* harmony export */ });
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9827);
/** Errors raised by the index client; every message passes through `redact` when it is built. */

/** Base class: a one-line, redacted message. */
class PypiError extends Error {
    constructor(message, options) {
        super((0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(message), options);
        this.name = new.target.name;
    }
}
/** A repository or index URL that cannot be used as given (the message names the fix). */
class IndexUrlError extends PypiError {
}
/** A request that got no complete HTTP response: refused, reset, timed out, proxy refused the tunnel. */
class NetworkError extends PypiError {
    url;
    phase;
    bodySent;
    code;
    timedOut;
    constructor(message, url, phase, 
    /** True once the whole request body was handed to the socket. */
    bodySent, code, timedOut, options) {
        super(message, options);
        this.url = url;
        this.phase = phase;
        this.bodySent = bodySent;
        this.code = code;
        this.timedOut = timedOut;
    }
}
/** An index answered a read request with a status the caller cannot use (after retries). */
class IndexResponseError extends PypiError {
    url;
    status;
    constructor(message, url, status) {
        super(message);
        this.url = url;
        this.status = status;
    }
}


/***/ }),

/***/ 5211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ userAgent),
/* harmony export */   u: () => (/* binding */ createHttpClient)
/* harmony export */ });
/** The User-Agent this package sends: the caller's product token, then the client and the runtime. */
function userAgent(product) {
    const parts = [
        product,
        'release-actions-pypi',
        `node/${process.versions.node}`,
        `(${process.platform}; ${process.arch})`,
    ];
    return parts.filter(Boolean).join(' ');
}
/**
 * A client with keep-alive agents (one per proxy route), honouring the proxy environment. Node's network
 * stack (http, https, tls: a fifth of an action's start-up) is loaded with the first request.
 */
function createHttpClient(options = {}) {
    let client = null;
    return {
        request(request) {
            client ??= __nccwpck_require__.e(/* import() */ 411).then(__nccwpck_require__.bind(__nccwpck_require__, 9792)).then(({ NodeHttpClient }) => new NodeHttpClient(options));
            return client.then((c) => c.request(request));
        },
        close() {
            void client?.then((c) => c.close());
        },
    };
}


/***/ }),

/***/ 1245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ registerProxyCredentials),
/* harmony export */   th: () => (/* binding */ proxyForUrl)
/* harmony export */ });
/* unused harmony exports parseProxyUrl, bypassesProxy, PROXY_VARIABLES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2448);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9827);
/** Which proxy, if any, a request should use, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY as curl reads them. */


/**
 * The proxy for `target`, or null. Lower-case variables win over upper-case ones; NO_PROXY entries are
 * host names matching themselves and their subdomains (a leading `.` or `*.` is allowed), optional `:port`,
 * IP literals, or `*`. Loopback addresses never use a proxy (as @actions/http-client decides): a local
 * index on the runner must not be sent to a corporate proxy.
 */
function proxyForUrl(target, env = process.env) {
    const host = bareHost(target.hostname);
    if (isLoopback(host))
        return null;
    const raw = target.protocol === 'https:'
        ? (env.https_proxy ?? env.HTTPS_PROXY ?? env.all_proxy ?? env.ALL_PROXY)
        : (env.http_proxy ?? env.HTTP_PROXY ?? env.all_proxy ?? env.ALL_PROXY);
    if (!raw || raw.trim() === '')
        return null;
    if (bypassesProxy(target, env.no_proxy ?? env.NO_PROXY ?? ''))
        return null;
    return parseProxyUrl(raw.trim());
}
/** Parse a proxy URL; a bare `host:port` means `http://host:port`. Credentials become `Proxy-Authorization`. */
function parseProxyUrl(raw) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`proxy setting '${raw}' is not a URL: use http://host:port`);
    }
    if (url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`proxy '${url.protocol}//${url.host}' is not supported: only http:// proxies are (set HTTPS_PROXY=http://host:port)`);
    }
    if (!url.username && !url.password)
        return { url };
    const username = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .registerBasicAuth */ .WE)(username, password);
    const authorization = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
    url.username = '';
    url.password = '';
    return { url, authorization };
}
/** True when NO_PROXY lists `target` (host, parent domain, IP, host:port, or `*`). */
function bypassesProxy(target, noProxy) {
    const host = bareHost(target.hostname).toLowerCase();
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    for (const rawEntry of noProxy.split(/[\s,]+/)) {
        let entry = rawEntry.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return true;
        let entryPort;
        const portMatch = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
        if (portMatch?.[1] && portMatch[2]) {
            entry = portMatch[1];
            entryPort = portMatch[2];
        }
        if (entryPort && entryPort !== port)
            continue;
        entry = bareHost(entry).replace(/^\*?\./, '');
        if (host === entry || host.endsWith(`.${entry}`))
            return true;
    }
    return false;
}
function bareHost(hostname) {
    return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
function isLoopback(host) {
    const lower = host.toLowerCase();
    if (lower === 'localhost' || lower.endsWith('.localhost'))
        return true;
    // A dotted IPv4 address (node:net's isIP would load the network stack at start-up for this).
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(lower))
        return lower.startsWith('127.');
    return lower === '::1' || lower === '0:0:0:0:0:0:0:1';
}
/** The variables a proxy URL (and so its credentials) may come from, in every spelling curl and pip read. */
const PROXY_VARIABLES = [
    'https_proxy',
    'HTTPS_PROXY',
    'http_proxy',
    'HTTP_PROXY',
    'all_proxy',
    'ALL_PROXY',
];
/**
 * Registers the credentials of every proxy URL in `env` as secrets, before anything can print them: the
 * runner does not mask environment variables, and pip, given the same environment, may echo them.
 */
function registerProxyCredentials(env = process.env) {
    for (const name of PROXY_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .registerUrlCredentials */ .ZY)(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
}


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ redact),
  WE: () => (/* binding */ registerBasicAuth),
  cl: () => (/* binding */ registerSecret),
  ZY: () => (/* binding */ registerUrlCredentials),
  O3: () => (/* binding */ secrets)
});

// UNUSED EXPORTS: SecretRegistry

;// CONCATENATED MODULE: ./packages/secrets/encodings.ts
/**
 * The forms a secret takes on its way back to us: a server or a URL may percent-encode it (either hex
 * case, `+` for spaces, RFC 3986's strict set), escape it for HTML or JSON, or strip what looks like tags
 * from it; a Basic `Authorization` header carries it in base64 beside the user name.
 */
// Derived forms shorter than this would mask ordinary words; the secret itself is always kept.
const MIN_DERIVED_LENGTH = 6;
const lowerHex = (text) => text.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
/** encodeURIComponent plus the five characters it leaves alone (`!'()*`), as RFC 3986 encoders do. */
function strictPercentEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The HTML escapes servers use: `&amp;` and friends, with the apostrophe in its three spellings. */
function htmlEscapes(text) {
    const base = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    return ['&#39;', '&#x27;', '&apos;'].map((apostrophe) => base.replace(/'/g, apostrophe));
}
/** JSON string escapes: the plain ones, and the `\u003c`-style and `\/` ones some encoders add. */
function jsonEscapes(text) {
    const plain = JSON.stringify(text).slice(1, -1);
    const unicode = plain.replace(/[<>&']/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return [plain, unicode, plain.replace(/\//g, '\\/')];
}
/** What is left once tags are stripped (dropped, or replaced by a space) and whitespace collapsed. */
function htmlStripped(text) {
    return ['', ' '].flatMap((replacement) => {
        const stripped = text.replace(/<[^>]*>/g, replacement);
        return [stripped, stripped.replace(/\s+/g, ' ').trim()];
    });
}
/** Every form of `secret` worth masking, the secret itself first; each line of a multi-line one too. */
function encodingsOf(secret) {
    if (!secret)
        return [];
    const percent = [encodeURIComponent(secret), strictPercentEncode(secret)];
    const forms = [
        secret,
        ...secret.split(/\r?\n/),
        ...percent,
        ...percent.map(lowerHex),
        ...percent.map((form) => form.replace(/%20/g, '+')),
        ...htmlEscapes(secret),
        ...jsonEscapes(secret),
        ...htmlStripped(secret),
    ];
    return [...new Set(forms)].filter((form, i) => i === 0 || form.length >= MIN_DERIVED_LENGTH);
}
/** The base64 of `username:password`, as a Basic `Authorization` or `Proxy-Authorization` header carries it. */
function basicAuthForms(username, password) {
    const pair = `${username}:${password}`;
    return [Buffer.from(pair, 'utf8').toString('base64'), Buffer.from(pair, 'utf8').toString('base64url')];
}

;// CONCATENATED MODULE: ./packages/secrets/registry.ts
/**
 * The one registry of this process's secrets (passwords, tokens, proxy credentials): `redact` removes
 * every form of each from text, and listeners hear of each new form, which is how action-kit turns them
 * into `::add-mask::` commands. No runner knowledge here, so every package can register what it learns.
 */

const MASK = '***';
/** A set of secrets and the forms they travel in. */
class SecretRegistry {
    forms = new Set();
    listeners = new Set();
    sorted = [];
    /** Remembers `secret` and its encodings; empty and absent values are ignored. */
    register(secret) {
        if (secret)
            this.add(encodingsOf(secret));
    }
    /** Remembers a user's password and the base64 `user:password` a Basic header carries. */
    registerBasicAuth(username, password) {
        if (!password)
            return;
        this.register(password);
        this.add(basicAuthForms(username, password));
    }
    /** Remembers the credentials a URL carries (`https://user:pass@host/`), as written and decoded. */
    registerUrlCredentials(url) {
        const parsed = typeof url === 'string' ? (URL.canParse(url) ? new URL(url) : null) : url;
        if (!parsed?.password)
            return;
        this.register(parsed.password);
        this.registerBasicAuth(safeDecode(parsed.username), safeDecode(parsed.password));
    }
    /** `text` with every form of every secret replaced by `***`, longest first so no fragment survives. */
    redact(text) {
        if (!text || this.sorted.length === 0)
            return text;
        let out = text;
        for (const form of this.sorted)
            if (out.includes(form))
                out = out.split(form).join(MASK);
        return out;
    }
    /** Calls `listener` with every form registered so far and each one registered from now on. */
    subscribe(listener) {
        this.listeners.add(listener);
        for (const form of this.forms)
            listener(form);
        return () => this.listeners.delete(listener);
    }
    /** Forgets every secret (tests only: a real process keeps them until it exits). */
    clear() {
        this.forms.clear();
        this.sorted = [];
    }
    add(forms) {
        const fresh = forms.filter((form) => form !== '' && !this.forms.has(form));
        if (fresh.length === 0)
            return;
        for (const form of fresh)
            this.forms.add(form);
        this.sorted = [...this.forms].sort((a, b) => b.length - a.length);
        for (const form of fresh)
            for (const listener of this.listeners)
                listener(form);
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** This process's registry: everything registered anywhere is redacted and masked everywhere. */
const secrets = new SecretRegistry();
/** Remembers `secret` (and its encodings) in this process's registry. */
const registerSecret = (secret) => secrets.register(secret);
/** Remembers Basic credentials: the password and the base64 header value. */
const registerBasicAuth = (username, password) => secrets.registerBasicAuth(username, password);
/** Remembers the password a URL carries, with its user, in every form. */
const registerUrlCredentials = (url) => secrets.registerUrlCredentials(url);
/** `text` with every registered secret replaced by `***`. */
const redact = (text) => secrets.redact(text);


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

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

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 4649:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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

;// CONCATENATED MODULE: ./packages/action-kit/commands.ts
/** Workflow commands (`::name k=v::message`) in the exact encoding the runner decodes. */
/** Escapes a command's message as the runner expects (`%`, CR and LF). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property value; `:` and `,` also separate properties. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Formats one workflow command line (without the trailing newline). */
function commands_formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

// EXTERNAL MODULE: ./packages/secrets/registry.ts + 1 modules
var registry = __nccwpck_require__(9827);
;// CONCATENATED MODULE: ./packages/action-kit/log.ts


function write(line) {
    process.stdout.write(`${(0,registry/* redact */.E$)(line)}\n`);
}
function annotation(kind, message, props) {
    const properties = {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
    };
    write(commands_formatCommand(kind, properties, message));
}
/** A plain log line. */
function info(message) {
    write(message);
}
/** A line shown only when step debug logging is on. */
function debug(message) {
    write(commands_formatCommand('debug', {}, message));
}
/** Only true when the workflow was re-run with debug logging. */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/** An error annotation (does not fail the step by itself). */
function error(message, props = {}) {
    annotation('error', message, props);
}
/** A warning annotation. */
function warning(message, props = {}) {
    annotation('warning', message, props);
}
/** A notice annotation. */
function notice(message, props = {}) {
    annotation('notice', message, props);
}
/** Runs `fn` inside a collapsible log group, closing the group even when `fn` throws. */
async function group(name, fn) {
    write(formatCommand('group', {}, name));
    try {
        return await fn();
    }
    finally {
        write(formatCommand('endgroup', {}, ''));
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/secrets.ts
/**
 * The runner's side of the secrets registry (packages/secrets): every form of every secret registered in
 * this process, by this kit or by any package, is announced with `::add-mask::` so the runner hides it
 * in the log too, including lines printed by other programs.
 */


let masking = false;
/** From now on (and for everything registered so far), each secret's forms become `::add-mask::` lines. */
function maskRegisteredSecrets() {
    if (masking)
        return;
    masking = true;
    registry/* secrets */.O3.subscribe((form) => {
        // The runner masks each line of a multi-line value separately.
        for (const line of form.split(/\r?\n/)) {
            if (line)
                process.stdout.write(`${commands_formatCommand('add-mask', {}, line)}\n`);
        }
    });
}
/** Masks `value` in the runner's log from now on and redacts it from everything this process writes. */
function registerSecret(value) {
    maskRegisteredSecrets();
    (0,registry/* registerSecret */.cl)(value);
}


;// CONCATENATED MODULE: ./packages/action-kit/run.ts


/** Errors that mean a bug in this code rather than bad input or a failing service. */
const PROGRAMMING_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError']);
/** The one-line message a user sees for `thrown`. */
function failureMessage(thrown) {
    if (!(thrown instanceof Error))
        return `Unexpected failure: ${String(thrown)}`;
    const oneLine = thrown.message.split(/\r?\n/).filter(Boolean).join(' ');
    return PROGRAMMING_ERRORS.has(thrown.name)
        ? `Unexpected internal error (please report it): ${oneLine}. Re-run with debug logging for the stack.`
        : oneLine;
}
/**
 * Runs an action's main function the way every action in this suite ends: a thrown error becomes one
 * `::error::` line (secrets redacted), the stack goes to the debug log (when it is on), and the process exits non-zero.
 */
async function runAction(main) {
    maskRegisteredSecrets();
    try {
        await main();
    }
    catch (thrown) {
        error((0,registry/* redact */.E$)(failureMessage(thrown)));
        // Formatting a stack costs milliseconds; only a debug run shows it.
        if (isDebug() && thrown instanceof Error && thrown.stack)
            debug((0,registry/* redact */.E$)(thrown.stack));
        process.exitCode = 1;
    }
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
class ConversionError extends Error {
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

;// CONCATENATED MODULE: ./packages/attestations/sign.ts
/**
 * Signing publish attestations with Sigstore: an in-toto statement per file, signed in a DSSE envelope by a
 * short-lived Fulcio certificate for the job's OIDC identity, witnessed by a Rekor entry, then converted to
 * PEP 740's attestation object. @sigstore/sign loads on first use, so bundles that never sign skip it.
 */


/** Sigstore's public-good instance. */
const PUBLIC_GOOD_SIGSTORE = {
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
};
const TOKEN_REUSE_MS = 60_000;
/** A signer for a whole release: one OIDC token, one certificate and one Rekor entry per file. */
async function createAttestationSigner(options) {
    const [{ DSSEBundleBuilder, FulcioSigner, RekorWitness }, { bundleToJSON }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5179)),
        __nccwpck_require__.e(/* import() */ 40).then(__nccwpck_require__.bind(__nccwpck_require__, 1040)),
    ]);
    // One token for many files, asked again after a minute: GitHub's expire after a few minutes.
    let token;
    const identityProvider = {
        getToken: () => {
            if (!token || Date.now() - token.at > TOKEN_REUSE_MS)
                token = { value: options.getIdToken(), at: Date.now() };
            return token.value;
        },
    };
    const timeout = options.timeoutMs ?? 30_000;
    const builder = new DSSEBundleBuilder({
        signer: new FulcioSigner({ fulcioBaseURL: options.fulcioUrl, identityProvider, timeout, retry: 2 }),
        witnesses: [new RekorWitness({ rekorBaseURL: options.rekorUrl, entryType: 'dsse', timeout, retry: 2 })],
    });
    return async (file) => {
        const data = statementBytes(publishStatement(file.filename, file.sha256));
        try {
            const bundle = await builder.create({ data, type: INTOTO_PAYLOAD_TYPE });
            return attestationFromBundle(bundleToJSON(bundle));
        }
        catch (error) {
            throw new AttestationError(`${file.filename}: signing failed: ${causeLine(error)}`, { cause: error });
        }
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/action-kit/file-commands.ts





/**
 * The `name<<delimiter` form the runner parses, with a fresh random delimiter per value. The global Web
 * Crypto loads node's crypto on first use: importing `node:crypto` would cost every start-up 4 ms.
 */
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Output ${key} contains the file-command delimiter; refusing to write it`);
    }
    return `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
function appendFileCommand(variable, message) {
    const path = process.env[variable];
    if (!path)
        throw new Error(`${variable} is not set: run this action inside a GitHub Actions job`);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`${variable} points at a missing file: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${message}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
/** Sets a step output. Secrets are redacted: an output is not a place for them. */
function setOutput(name, value) {
    const safe = (0,registry/* redact */.E$)(value);
    if (process.env['GITHUB_OUTPUT']) {
        appendFileCommand('GITHUB_OUTPUT', keyValueMessage(name, safe));
        return;
    }
    // Old runners without GITHUB_OUTPUT still understand the deprecated command.
    process.stdout.write(`${external_node_os_namespaceObject.EOL}${commands_formatCommand('set-output', { name }, safe)}${external_node_os_namespaceObject.EOL}`);
}
/** Exports an environment variable to this process and to every later step of the job. */
function exportVariable(name, value) {
    process.env[name] = value;
    appendFileCommand('GITHUB_ENV', keyValueMessage(name, value));
}
/** Prepends a directory to PATH for this process and every later step of the job. */
function addPath(directory) {
    appendFileCommand('GITHUB_PATH', directory);
    process.env['PATH'] = `${directory}${pathDelimiter}${process.env['PATH'] ?? ''}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/oidc.ts

/** The runner gives this job no OIDC token; the message says why and shows the fix. */
class OidcUnavailableError extends Error {
    name = 'OidcUnavailableError';
}
/** Whether this run is a pull request from a fork, where GitHub never hands out OIDC tokens or secrets. */
function isForkPullRequest(event) {
    if (!['pull_request', 'pull_request_target'].includes(event.name))
        return false;
    const payload = event.payload;
    return payload?.pull_request?.head?.repo?.fork === true;
}
/** Explains a missing OIDC token request environment in one line, with the fix. */
function oidcUnavailableMessage(forkPullRequest) {
    if (forkPullRequest) {
        return 'Trusted publishing is refused for pull requests from forks: GitHub gives them no OIDC token. Publish from a push or release workflow in the repository itself.';
    }
    // Outside GitHub Actions (a local rehearsal) there is no OIDC at all: the token is the way there.
    return "Trusted publishing needs an OIDC token and this job can get none: set the `password` input to an API token (user `__token__`), or publish from a GitHub workflow whose job has `permissions: id-token: write` and is registered as a trusted publisher of the project on the index (PyPI: the project's Settings → Publishing).";
}
/**
 * The runner's OIDC token for `audience`, from GitHub's token service through @actions/core's client.
 * @actions/core is imported here, on first use, so actions that never publish do not pay for loading it.
 */
async function getIdToken(audience, forkPullRequest = false) {
    if (!process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
        throw new OidcUnavailableError(oidcUnavailableMessage(forkPullRequest));
    }
    const core = await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
    const token = await core.getIDToken(audience);
    registerSecret(token);
    return token;
}
/** The audience Sigstore's Fulcio takes OIDC tokens for. */
const SIGSTORE_AUDIENCE = 'sigstore';
/** The runner's OIDC token for Sigstore (audience `sigstore`): what signs PEP 740 attestations. */
function getSigstoreIdToken(forkPullRequest = false) {
    return getIdToken(SIGSTORE_AUDIENCE, forkPullRequest);
}

;// CONCATENATED MODULE: ./packages/action-kit/inputs.ts
/** Action inputs read as the runner passes them (`INPUT_<NAME>`), with errors that name the input and the fix. */
/** A problem with an input the user wrote in the workflow; its message is shown as it is. */
class InputError extends Error {
    name = 'InputError';
}
/** The environment variable the runner sets for input `name`: upper case, spaces to `_`, hyphens kept. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The trimmed value of an input, `''` when unset (the runner fills in action.yml defaults). */
function getInput(name, options = {}) {
    const value = (process.env[inputVariable(name)] ?? '').trim();
    if (options.required && !value) {
        throw new InputError(`Input required and not supplied: ${name}. Set it under \`with:\` in the workflow step.`);
    }
    return value;
}
/** An input that is `true | True | TRUE | false | False | FALSE`, like YAML 1.2's core schema. */
function getBooleanInput(name, fallback) {
    const value = getInput(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(`Input ${name} must be true or false, got ${JSON.stringify(value)}.`);
}
/** Non-empty lines of an input, each trimmed; also splits on commas when `commas` is set. */
function getListInput(name, options = {}) {
    const separator = options.commas ? /[\n,]/ : /\n/;
    return getInput(name)
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** One of a fixed set of values; `fallback` when empty. */
function getChoiceInput(name, choices, fallback) {
    const value = getInput(name);
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new InputError(`Input ${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}.`);
}
/** A whole number within bounds; `fallback` when empty. */
function getIntegerInput(name, fallback, bounds = {}) {
    const value = getInput(name);
    if (value === '')
        return fallback;
    const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
    const { min = -Infinity, max = Infinity } = bounds;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
        const range = `${Number.isFinite(min) ? min : ''}..${Number.isFinite(max) ? max : ''}`;
        throw new InputError(`Input ${name} must be a whole number in ${range}, got ${JSON.stringify(value)}.`);
    }
    return number;
}

;// CONCATENATED MODULE: ./packages/publish/report.ts
/** How many files ended in each status (every status present, zero when none). */
function countStatuses(files) {
    const counts = {
        uploaded: 0,
        'already-present': 0,
        skipped: 0,
        'would-upload': 0,
        failed: 0,
        pending: 0,
    };
    for (const file of files)
        counts[file.status]++;
    return counts;
}
/** The `files` output: one record per file, in upload order. */
function filesOutput(files) {
    return files.map(({ filename, sha256, size, status, url }) => ({ filename, sha256, size, status, url }));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/artifacts/dist-files.ts
/**
 * Which files in a directory belong to a release: wheels and `.tar.gz` sdists (PEP 625; PyPI refuses
 * other sdist formats). One rule for publish and verify, so both see the same release in the same directory.
 */
function selectDistFilenames(names) {
    const dists = [];
    const ignored = [];
    for (const name of [...names].sort()) {
        if (name.startsWith('.'))
            continue;
        (name.endsWith('.whl') || name.endsWith('.tar.gz') ? dists : ignored).push(name);
    }
    return { dists, ignored };
}

;// CONCATENATED MODULE: ./packages/artifacts/manifest.ts


/** The format tag every manifest carries, so a future format is refused rather than misread. */
const MANIFEST_SCHEMA = 'release-actions/manifest@1';
/** A manifest that cannot be used; the message names the file and the fix. */
class ManifestError extends Error {
    name = 'ManifestError';
}
const HEX64 = /^[0-9a-f]{64}$/;
function field(value, check, where, expected) {
    if (!check(value))
        throw new ManifestError(`${where} must be ${expected}, got ${JSON.stringify(value)}`);
    return value;
}
const isString = (v) => typeof v === 'string';
const isSize = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isHex64 = (v) => typeof v === 'string' && HEX64.test(v);
/**
 * A file name with no directory or drive in it by the rules of any OS the manifest may be read on: a
 * manifest written on Linux is read on Windows runners too, where `sub\\x.whl` and `C:x.whl` are paths.
 */
function isPlainFileName(v) {
    return (typeof v === 'string' &&
        v !== '' &&
        v !== '.' &&
        v !== '..' &&
        !/[\0:]/.test(v) &&
        external_node_path_.posix.basename(v) === v &&
        external_node_path_.win32.basename(v) === v);
}
/** Parses and checks manifest text; `source` names the file in errors. */
function parseManifest(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ManifestError(`${source}: not valid JSON (${error.message}); regenerate it with collect-artifacts`);
    }
    const doc = (data ?? {});
    if (doc['schema'] !== MANIFEST_SCHEMA) {
        throw new ManifestError(`${source}: schema must be "${MANIFEST_SCHEMA}", got ${JSON.stringify(doc['schema'])}`);
    }
    const entries = field(doc['files'], Array.isArray, `${source}: files`, 'a list');
    if (entries.length === 0)
        throw new ManifestError(`${source}: lists no files; a release needs at least one`);
    // Windows and macOS file systems do not tell names apart by case: neither does the manifest.
    const seen = new Map();
    const files = entries.map((entry, index) => {
        const where = `${source}: files[${index}]`;
        const item = (entry ?? {});
        const file = field(item['file'], isPlainFileName, `${where}.file`, 'a plain file name');
        const earlier = seen.get(file.toLowerCase());
        if (earlier === file)
            throw new ManifestError(`${source}: ${file} is listed twice`);
        if (earlier !== undefined)
            throw new ManifestError(`${source}: ${earlier} and ${file} differ only in case, which Windows and macOS file systems do not tell apart`);
        seen.set(file.toLowerCase(), file);
        return {
            file,
            size: field(item['size'], isSize, `${where}.size`, 'a byte count'),
            sha256: field(item['sha256'], isHex64, `${where}.sha256`, '64 lower-case hex digits'),
            blake2b_256: field(item['blake2b_256'], isHex64, `${where}.blake2b_256`, '64 lower-case hex digits'),
            origin: field(item['origin'] ?? '', isString, `${where}.origin`, 'a string'),
        };
    });
    return { schema: MANIFEST_SCHEMA, files };
}
/** The manifest as written to disk: stable key order, files sorted by name, a trailing newline. */
function serializeManifest(manifest) {
    const files = [...manifest.files]
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
        .map(({ file, size, sha256, blake2b_256, origin }) => ({ file, size, sha256, blake2b_256, origin }));
    return `${JSON.stringify({ schema: MANIFEST_SCHEMA, files }, null, 2)}\n`;
}
/** Reads a manifest file; its files live beside it, in `directory`. */
async function readManifest(path) {
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        throw new ManifestError(`${path}: cannot read the manifest (${error.code ?? error.message}); check the manifest input`);
    });
    return { manifest: parseManifest(text, path), directory: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)) };
}

;// CONCATENATED MODULE: ./packages/artifacts/release-files.ts




/** A release that cannot be read; the message is one line naming the file or directory and the fix. */
class ReleaseFilesError extends Error {
    name = 'ReleaseFilesError';
}
/** What kind of thing a non-regular entry is, in words. */
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** Null for a regular file (after following links), else what it is instead; null too when it does not exist. */
async function notRegular(path) {
    try {
        const stats = await (0,promises_.stat)(path);
        return stats.isFile() ? null : kindOf(stats);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null;
        return code === 'ELOOP' ? 'a symbolic link loop' : `unreadable (${code ?? error.message})`;
    }
}
async function listDirectory(dir, input) {
    try {
        return (await (0,promises_.readdir)(dir, { withFileTypes: true })).map((entry) => entry.name);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new ReleaseFilesError(`${input} ${dir} does not exist: build the distributions into it first (python -m build), or set ${input} to where they are`);
        if (code === 'ENOTDIR')
            throw new ReleaseFilesError(`${input} ${dir} is a file, not a directory`);
        throw new ReleaseFilesError(`${input} ${dir} cannot be read (${code ?? error.message})`);
    }
}
/** Every wheel and sdist directly in `dir`; a name that looks like one but is no regular file is an error. */
async function fromDirectory(dir, input) {
    const root = (0,external_node_path_.resolve)(dir);
    const { dists, ignored } = selectDistFilenames(await listDirectory(root, input));
    for (const name of dists) {
        const what = await notRegular((0,external_node_path_.join)(root, name));
        if (what)
            throw new ReleaseFilesError(`${input} ${dir}: ${name} is ${what}, not a distribution file: remove it or move it out of ${input}`);
    }
    if (dists.length === 0) {
        const seen = ignored.length > 0
            ? ` (it holds ${ignored.slice(0, 3).join(', ')}${ignored.length > 3 ? ', …' : ''})`
            : '';
        throw new ReleaseFilesError(`${input} ${dir} holds no wheel (.whl) or sdist (.tar.gz)${seen}: build them first, or set ${input} to where they are`);
    }
    return { files: dists.map((filename) => ({ filename, path: (0,external_node_path_.join)(root, filename) })), ignored, source: dir };
}
/** Exactly the files a manifest lists, beside it, each with the size and digests it must still have. */
async function fromManifest(path) {
    let read;
    try {
        read = await readManifest(path);
    }
    catch (error) {
        if (error instanceof ManifestError)
            throw new ReleaseFilesError(`manifest ${error.message}`, { cause: error });
        throw error;
    }
    const files = read.manifest.files.map(({ file, size, sha256, blake2b_256 }) => ({
        filename: file,
        path: (0,external_node_path_.join)(read.directory, file),
        expected: { size, sha256, blake2b_256 },
    }));
    for (const file of files) {
        const what = await notRegular(file.path);
        if (what)
            throw new ReleaseFilesError(`manifest ${path}: ${file.filename} is ${what} in ${read.directory}, not a distribution file: collect the artifacts again`);
    }
    return { files, ignored: [], source: path };
}
/** The release's files from a manifest or a directory; throws ReleaseFilesError with the fix when it cannot. */
function releaseFiles(source, options = {}) {
    return 'manifest' in source
        ? fromManifest(source.manifest)
        : fromDirectory(source.directory, options.directoryInput ?? 'packages-dir');
}

// EXTERNAL MODULE: ./packages/pypi/http-client.ts
var http_client = __nccwpck_require__(5211);
;// CONCATENATED MODULE: ./packages/pypi/auth.ts

/** An API token as PyPI expects it: user `__token__`, the token as password; registered for redaction. */
function apiTokenAuth(token) {
    return passwordAuth('__token__', token);
}
/** A user name and password (for indexes without tokens); the password is registered for redaction. */
function passwordAuth(username, password) {
    (0,registry/* registerBasicAuth */.WE)(username, password);
    return { username, password };
}
/** The `Authorization` header value for Basic credentials. */
function basicAuthorization(auth) {
    return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`;
}
/** The credentials to use now. */
async function resolveAuth(auth) {
    return 'getAuth' in auth ? auth.getAuth() : auth;
}

;// CONCATENATED MODULE: ./packages/pypi/default-client.ts
/** The HTTP client used when a caller passes none: one per process, so keep-alive connections are shared. */

let shared;
/** The process-wide client (proxy settings read from process.env when first used). */
function defaultHttpClient() {
    shared ??= (0,http_client/* createHttpClient */.u)();
    return shared;
}

// EXTERNAL MODULE: ./packages/pypi/errors.ts
var errors = __nccwpck_require__(2448);
;// CONCATENATED MODULE: ./packages/pypi/oidc-claims.ts
/** The claims of the runner's OIDC token, read without verifying it: for explaining a refused exchange. */
const CLAIMS = [
    'iss',
    'aud',
    'sub',
    'repository',
    'repository_owner',
    'workflow_ref',
    'job_workflow_ref',
    'ref',
    'environment',
    'event_name',
    'exp',
];
/** Decode the payload of a JWT (no signature check: these claims are only shown to the user). Null if malformed. */
function decodeOidcClaims(jwt) {
    const payload = jwt.split('.')[1];
    if (!payload)
        return null;
    let json;
    try {
        json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
    if (!json || typeof json !== 'object')
        return null;
    const source = json;
    const out = {};
    for (const key of CLAIMS) {
        const value = source[key];
        if (typeof value === 'string' || typeof value === 'number')
            out[key] = value;
        else if (key === 'aud' && Array.isArray(value))
            out[key] = value.filter((v) => typeof v === 'string');
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/pypi/retry.ts
/** Exponential backoff with full jitter, honouring Retry-After; clock and randomness injectable for tests. */
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** Defaults suited to PyPI: five attempts spread over up to about a minute. */
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 5,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 120_000,
};
/** Full jitter: uniform in [0, min(maxDelay, base · 2^(attempt-1))). `attempt` counts from 1. */
function backoffDelayMs(attempt, policy, random = Math.random) {
    const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(random() * window);
}
/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP-date; undefined when absent or invalid. */
function parseRetryAfter(value, nowMs) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // An HTTP-date names its weekday ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse would also take "-3".
    if (!/^[A-Za-z]{3},? /.test(text))
        return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - nowMs);
}
/** The wait before the next attempt: the jittered backoff, but never less than a (capped) Retry-After. */
function nextDelayMs(attempt, policy, random, retryAfterMs) {
    const backoff = backoffDelayMs(attempt, policy, random);
    if (retryAfterMs === undefined)
        return backoff;
    return Math.max(backoff, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}
/**
 * Run `attempt` until `classify` says stop or the attempts run out; returns the last result and how many
 * attempts were made. Exceptions from `attempt` are not retried: turn retryable failures into values.
 */
async function withRetries(attempt, classify, context = {}) {
    const policy = { ...DEFAULT_RETRY_POLICY, ...context.policy };
    const clock = context.clock ?? systemClock;
    const random = context.random ?? Math.random;
    for (let n = 1;; n++) {
        const result = await attempt(n);
        const verdict = classify(result);
        if (!verdict.retry || n >= policy.maxAttempts)
            return { result, attempts: n };
        const delayMs = nextDelayMs(n, policy, random, verdict.retryAfterMs);
        context.onRetry?.({ attempt: n, delayMs, reason: verdict.reason });
        await clock.sleep(delayMs);
    }
}

;// CONCATENATED MODULE: ./packages/pypi/upload-outcome.ts


// twine's skip-existing rules, plus the status codes other indexes use for a taken filename.
const ALREADY_EXISTS = [/already exist/i, /updating asset/i, /already been taken/i, /overwrite artifact/i];
// Gateway answers after a complete body: the origin may have stored the file before the proxy gave up.
const AMBIGUOUS_STATUSES = new Set([500, 502, 504]);
const RETRYABLE_STATUSES = new Set([408, 425, 429, 503]);
/** Classify a response to POST /legacy/. */
function classifyUploadResponse(response, nowMs = Date.now()) {
    const status = response.status;
    const message = responseMessage(response);
    if (status >= 200 && status < 300)
        return { kind: 'uploaded', status, message };
    if (status >= 300 && status < 400) {
        const location = String(response.headers.location ?? '(no Location)');
        return {
            kind: 'client-error',
            status,
            message: (0,registry/* redact */.E$)(`${status} redirect to ${location}: uploads never follow redirects (the POST would become a GET); ` +
                'set the repository URL to the final upload URL, with its trailing slash'),
        };
    }
    const text = `${response.reason}\n${bodyText(response)}`;
    if (status === 409 || ((status === 400 || status === 403) && ALREADY_EXISTS.some((re) => re.test(text)))) {
        return { kind: 'already-exists', status, message };
    }
    if (RETRYABLE_STATUSES.has(status) || (status >= 500 && !response.bodySent)) {
        const retryAfterMs = parseRetryAfter(response.headers['retry-after'], nowMs);
        return retryAfterMs === undefined
            ? { kind: 'retryable', status, message }
            : { kind: 'retryable', status, message, retryAfterMs };
    }
    if (AMBIGUOUS_STATUSES.has(status) || status >= 500)
        return { kind: 'ambiguous', status, message };
    return { kind: 'client-error', status, message };
}
/** Classify a request that got no response: before the body was fully sent nothing can have been stored. */
function classifyUploadFailure(error) {
    const message = (0,registry/* redact */.E$)(error.message);
    return error.bodySent ? { kind: 'ambiguous', message } : { kind: 'retryable', message };
}
// The standard reason phrases (RFC 9110) of the statuses an index answers with: a reason that is one of
// these says nothing, so the body is read instead. Written out rather than taken from node:http, which
// would load node's whole HTTP stack at every action's start-up.
const STANDARD_REASONS = {
    200: 'OK',
    201: 'Created',
    204: 'No Content',
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    307: 'Temporary Redirect',
    308: 'Permanent Redirect',
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    411: 'Length Required',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
};
/**
 * `<status> <message>`: the reason phrase when the index put a message there (PyPI does), else the start
 * of the body as text. Always redacted — a server may echo credentials back.
 */
function responseMessage(response) {
    const reason = response.reason.trim();
    const generic = !reason || reason.toLowerCase() === (STANDARD_REASONS[response.status] ?? '').toLowerCase();
    let detail = reason;
    if (generic) {
        const text = bodyText(response);
        if (text && text.toLowerCase() !== reason.toLowerCase())
            detail = reason ? `${reason}: ${text}` : text;
    }
    return (0,registry/* redact */.E$)(`${response.status} ${detail}`.trim());
}
const MAX_BODY_TEXT = 300;
/** The body as one short line of text (HTML tags and JSON `message` fields unwrapped). */
function bodyText(response) {
    if (response.body.length === 0)
        return '';
    let text = response.body.subarray(0, 16_384).toString('utf8');
    const type = String(response.headers['content-type'] ?? '');
    if (type.includes('json')) {
        try {
            const json = JSON.parse(response.body.toString('utf8'));
            const picked = json.message ?? json.detail ?? json.error;
            if (typeof picked === 'string')
                text = picked;
        }
        catch {
            // not JSON after all: keep the raw text
        }
    }
    else if (type.includes('html') || /^\s*</.test(text)) {
        const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
        const bodyPart = /<body[^>]*>([\s\S]*)/i.exec(text)?.[1] ?? text;
        text = stripTags(bodyPart) || stripTags(title ?? '');
    }
    else {
        // Pyramid's (warehouse's) plain error body: "<status> <title>", a stock explanation, then the message.
        const paragraphs = text
            .split(/\r?\n\s*\r?\n/)
            .map((p) => p.trim())
            .filter(Boolean);
        if (paragraphs.length > 1 && /^\d{3} /.test(paragraphs[0] ?? ''))
            text = paragraphs.at(-1) ?? text;
    }
    const line = text.replace(/\s+/g, ' ').trim();
    return (0,registry/* redact */.E$)(line.length > MAX_BODY_TEXT ? `${line.slice(0, MAX_BODY_TEXT)}…` : line);
}
function stripTags(html) {
    return html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .trim();
}

;// CONCATENATED MODULE: ./packages/pypi/trusted-publishing.ts
/**
 * Trusted publishing: exchange the runner's OIDC token for a short-lived PyPI API token
 * (GET /_/oidc/audience, then POST /_/oidc/mint-token), and a source that renews it before it expires.
 */







/** Trusted publishing failed; carries what the job summary needs to explain why. */
class TrustedPublishingError extends errors/* PypiError */.pk {
    stage;
    errors;
    claims;
    status;
    constructor(message, 
    /** The step that failed. */
    stage, 
    /** PyPI's error codes and descriptions (mint stage). */
    errors, 
    /** Unverified claims of the OIDC token, to compare with the publisher configured on PyPI. */
    claims, status, options) {
        super(message, options);
        this.stage = stage;
        this.errors = errors;
        this.claims = claims;
        this.status = status;
    }
}
// PyPI's minted tokens live 15 minutes; older servers do not say so in the response.
const DEFAULT_LIFETIME_MS = 15 * 60_000;
/** Exchange an OIDC token for an API token; the OIDC and API tokens are registered for redaction. */
async function mintToken(options) {
    const client = options.client ?? defaultHttpClient();
    const clock = options.clock ?? systemClock;
    const audience = await fetchAudience(options.urls, client, options);
    const { result } = await withRetries(async () => {
        // A fresh OIDC token per attempt: PyPI refuses a token whose jti it has seen (invalid-reuse-token),
        // and a lost response may hide that the previous one was spent.
        const idToken = await trusted_publishing_getIdToken(options.getIdToken, audience);
        const issuedAt = clock.now();
        let response;
        try {
            response = await client.request({
                method: 'POST',
                url: options.urls.oidcMintToken,
                headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                body: Buffer.from(JSON.stringify({ token: idToken }), 'utf8'),
            });
        }
        catch (err) {
            if (err instanceof errors/* NetworkError */.Dr)
                return { retry: err.message };
            throw err;
        }
        if (response.status === 429 || response.status >= 500) {
            const retryAfterMs = parseRetryAfter(response.headers['retry-after'], clock.now());
            return { retry: `POST ${options.urls.oidcMintToken}: ${responseMessage(response)}`, retryAfterMs };
        }
        return { minted: parseMintResponse(response, idToken, issuedAt) };
    }, (attempt) => attempt.retry === undefined
        ? { retry: false }
        : attempt.retryAfterMs === undefined
            ? { retry: true, reason: attempt.retry }
            : { retry: true, reason: attempt.retry, retryAfterMs: attempt.retryAfterMs }, options);
    if (!result.minted) {
        throw new TrustedPublishingError(`trusted publishing: ${result.retry ?? 'mint-token failed'}`, 'mint', [], null);
    }
    return result.minted;
}
async function fetchAudience(urls, client, retry) {
    const url = urls.oidcAudience;
    const { result } = await withRetries(async () => {
        try {
            return {
                response: await client.request({ method: 'GET', url, headers: { Accept: 'application/json' } }),
            };
        }
        catch (err) {
            if (err instanceof errors/* NetworkError */.Dr)
                return { error: err };
            throw err;
        }
    }, ({ response, error }) => error
        ? { retry: true, reason: error.message }
        : response && (response.status === 429 || response.status >= 500)
            ? { retry: true, reason: `GET ${url}: ${responseMessage(response)}` }
            : { retry: false }, retry);
    if (result.error)
        throw new TrustedPublishingError(`trusted publishing: ${result.error.message}`, 'audience', [], null);
    const response = result.response;
    const audience = response.status === 200 ? jsonOf(response)?.audience : undefined;
    if (typeof audience !== 'string' || audience === '') {
        const hint = response.status === 404
            ? ': this index does not offer trusted publishing'
            : response.status === 403
                ? ': this index does not accept trusted publishing'
                : '';
        throw new TrustedPublishingError(`trusted publishing: GET ${url} gave no audience (${responseMessage(response)})${hint}`, 'audience', [], null, response.status);
    }
    return audience;
}
async function trusted_publishing_getIdToken(get, audience) {
    let token;
    try {
        token = await get(audience);
    }
    catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        throw new TrustedPublishingError(`trusted publishing: could not get an OIDC token for audience '${audience}': ${detail}. ` +
            "The job needs 'permissions: id-token: write'.", 'id-token', [], null, undefined, { cause: err });
    }
    if (!token)
        throw new TrustedPublishingError(`trusted publishing: the OIDC token for '${audience}' is empty`, 'id-token', [], null);
    (0,registry/* registerSecret */.cl)(token);
    return token;
}
function parseMintResponse(response, idToken, issuedAt) {
    const json = jsonOf(response);
    if (response.status === 200 && typeof json?.token === 'string' && json.token) {
        // Register before anything else can print it.
        apiTokenAuth(json.token);
        (0,registry/* registerSecret */.cl)(json.token);
        const expiresAt = typeof json.expires === 'number' ? json.expires * 1000 : issuedAt + DEFAULT_LIFETIME_MS;
        return { token: json.token, expiresAt };
    }
    const errors = mintErrors(json?.errors);
    const claims = decodeOidcClaims(idToken);
    const summary = errors.length > 0
        ? errors.map((e) => `${e.code}: ${e.description}`).join('; ')
        : typeof json?.message === 'string'
            ? json.message
            : bodyText(response) || response.reason;
    throw new TrustedPublishingError(`trusted publishing: PyPI refused the OIDC token (${response.status}): ${summary}${describeClaims(claims)}`, 'mint', errors, claims, response.status);
}
function mintErrors(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((e) => typeof e?.code === 'string'
        ? [{ code: e.code, description: (0,registry/* redact */.E$)(typeof e.description === 'string' ? e.description : '') }]
        : []);
}
/** The claims a trusted publisher is matched on, as one clause for the error message. */
function describeClaims(claims) {
    if (!claims)
        return '';
    const parts = ['repository', 'workflow_ref', 'ref', 'environment', 'event_name']
        .filter((key) => claims[key] !== undefined)
        .map((key) => `${key}=${String(claims[key])}`);
    return parts.length > 0 ? ` [token claims: ${parts.join(', ')}]` : '';
}
function jsonOf(response) {
    try {
        return JSON.parse(response.body.toString('utf8'));
    }
    catch {
        return null;
    }
}
/** Hands out a minted token as upload credentials, minting again when it is about to expire. */
class TokenSource {
    options;
    current;
    pending;
    clock;
    refreshBeforeMs;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? systemClock;
        this.refreshBeforeMs = options.refreshBeforeMs ?? 2 * 60_000;
    }
    /** The current API token, minting when there is none or it expires within `refreshBeforeMs`. */
    async getToken() {
        if (this.current && this.current.expiresAt - this.clock.now() > this.refreshBeforeMs)
            return this.current;
        // Concurrent uploads share one exchange.
        this.pending ??= mintToken(this.options).finally(() => {
            this.pending = undefined;
        });
        this.current = await this.pending;
        return this.current;
    }
    /** Upload credentials: `__token__` and the current token. */
    async getAuth() {
        return apiTokenAuth((await this.getToken()).token);
    }
}

// EXTERNAL MODULE: ./packages/dists/names.ts
var names = __nccwpck_require__(8888);
;// CONCATENATED MODULE: ./packages/pypi/index-urls.ts
/** Where an index's upload, simple, JSON and trusted-publishing endpoints live, from one URL. */



const KNOWN = {
    pypi: {
        kind: 'pypi',
        upload: 'https://upload.pypi.org/legacy/',
        simple: 'https://pypi.org/simple/',
        json: 'https://pypi.org/pypi/',
        oidcAudience: 'https://upload.pypi.org/_/oidc/audience',
        oidcMintToken: 'https://upload.pypi.org/_/oidc/mint-token',
    },
    testpypi: {
        kind: 'testpypi',
        upload: 'https://test.pypi.org/legacy/',
        simple: 'https://test.pypi.org/simple/',
        json: 'https://test.pypi.org/pypi/',
        oidcAudience: 'https://test.pypi.org/_/oidc/audience',
        oidcMintToken: 'https://test.pypi.org/_/oidc/mint-token',
    },
};
const PYPI_HOSTS = new Set(['pypi.org', 'upload.pypi.org', 'www.pypi.org']);
const TESTPYPI_HOSTS = new Set(['test.pypi.org', 'upload.test.pypi.org']);
/**
 * Map `pypi`, `testpypi`, an upload URL ending in `/legacy/` or an index URL ending in `/simple/` to all
 * endpoints of that index. A custom `http://host:port/prefix/legacy/` gives `…/prefix/simple/` and
 * `…/prefix/pypi/`. `…/legacy` without the slash is refused: PyPI answers it with a redirect, and a
 * redirect turns the upload POST into a GET.
 */
function resolveIndexUrls(repository, inputName = 'repository-url') {
    const text = repository.trim();
    if (text === '')
        throw new errors/* IndexUrlError */.gS(`${inputName} is empty: use 'pypi', 'testpypi' or an upload URL ending in /legacy/`);
    const lower = text.toLowerCase();
    if (lower === 'pypi' || lower === 'testpypi')
        return { ...KNOWN[lower] };
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* IndexUrlError */.gS(`${inputName} '${text}' is not a URL: use 'pypi', 'testpypi' or an upload URL like https://upload.pypi.org/legacy/`);
    }
    // Credentials leave the URL first, so that no message below can show them.
    const auth = takeCredentials(url);
    const shown = url.href;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* IndexUrlError */.gS(`${inputName} '${shown}' must be an http:// or https:// URL`);
    }
    if (url.search || url.hash) {
        throw new errors/* IndexUrlError */.gS(`${inputName} '${shown}' must not carry a query or fragment: remove everything after '?' or '#'`);
    }
    const match = /^(.*\/)(legacy|simple)(\/?)$/.exec(url.pathname);
    if (!match) {
        throw new errors/* IndexUrlError */.gS(`${inputName} '${shown}' must end in /legacy/ (the upload API) or /simple/ (the index), e.g. https://upload.pypi.org/legacy/`);
    }
    const [, prefix = '/', endpoint, slash] = match;
    // `/simple` is only ever read (a GET survives the redirect); `/legacy` takes the upload POST.
    if (!slash && endpoint === 'legacy') {
        throw new errors/* IndexUrlError */.gS(`${inputName} '${shown}' must end with a slash: use '${shown}/'. Without it the index answers with a redirect, ` +
            'and following it would turn the upload POST into a GET.');
    }
    const host = url.hostname.toLowerCase();
    const known = PYPI_HOSTS.has(host) ? KNOWN.pypi : TESTPYPI_HOSTS.has(host) ? KNOWN.testpypi : undefined;
    if (known && url.protocol === 'https:' && prefix === '/' && !url.port) {
        return withAuth({ ...known }, auth);
    }
    const base = `${url.protocol}//${url.host}${prefix}`;
    return withAuth({
        kind: 'custom',
        upload: `${base}legacy/`,
        simple: `${base}simple/`,
        json: `${base}pypi/`,
        oidcAudience: `${url.protocol}//${url.host}${prefix}_/oidc/audience`,
        oidcMintToken: `${url.protocol}//${url.host}${prefix}_/oidc/mint-token`,
    }, auth);
}
/** The PEP 503 project page: `<simple>/<normalized-name>/`. */
function simpleProjectUrl(urls, project) {
    return `${urls.simple}${encodeURIComponent((0,names/* normalizeProjectName */.yz)(project))}/`;
}
/** The JSON API page of a project (`/pypi/<name>/json`) or of one release (`/pypi/<name>/<version>/json`). */
function jsonApiUrl(urls, project, version) {
    const name = encodeURIComponent((0,names/* normalizeProjectName */.yz)(project));
    return version === undefined
        ? `${urls.json}${name}/json`
        : `${urls.json}${name}/${encodeURIComponent(version)}/json`;
}
function takeCredentials(url) {
    if (!url.username && !url.password)
        return undefined;
    const auth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    (0,registry/* registerBasicAuth */.WE)(auth.username, auth.password);
    url.username = '';
    url.password = '';
    return auth;
}
function withAuth(urls, auth) {
    return auth ? { ...urls, auth } : urls;
}

;// CONCATENATED MODULE: ./packages/pypi/read-request.ts
/** GET for the read APIs: retried on network errors, 429 and 5xx; credentials from the index URL; cache-busting. */





/** Make `url` unique so that a CDN which keys on the query string misses its cache. */
function cacheBusted(url) {
    // Web Crypto, loaded on first use: importing node:crypto would cost every action's start-up.
    const bust = `${Date.now().toString(36)}${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(4))).toString('hex')}`;
    return `${url}${url.includes('?') ? '&' : '?'}cachebust=${bust}`;
}
/** GET `url` with retries; any final response is returned (404 included), network errors thrown after the last try. */
async function getWithRetries(urls, url, headers, options) {
    const client = options.client ?? defaultHttpClient();
    const allHeaders = { ...headers };
    if (urls.auth)
        allHeaders.Authorization = basicAuthorization(urls.auth);
    if (options.fresh)
        allHeaders['Cache-Control'] = 'no-cache';
    const now = () => options.clock?.now() ?? Date.now();
    const { result } = await withRetries(async () => {
        const target = options.fresh && options.bustQuery ? cacheBusted(url) : url;
        try {
            return {
                response: await client.request({
                    method: 'GET',
                    url: target,
                    headers: allHeaders,
                    timeoutMs: options.timeoutMs,
                }),
            };
        }
        catch (err) {
            if (err instanceof errors/* NetworkError */.Dr)
                return { error: err };
            throw err;
        }
    }, ({ response, error }) => {
        if (error)
            return { retry: true, reason: error.message };
        const status = response?.status ?? 0;
        if (status === 429 || status >= 500) {
            const retryAfterMs = parseRetryAfter(response?.headers['retry-after'], now());
            const reason = `GET ${url}: ${response ? responseMessage(response) : status}`;
            return retryAfterMs === undefined ? { retry: true, reason } : { retry: true, reason, retryAfterMs };
        }
        return { retry: false };
    }, options);
    if (result.error)
        throw result.error;
    return result.response;
}

;// CONCATENATED MODULE: ./packages/pypi/json-api.ts
/** The JSON API's release page (`/pypi/<name>/<version>/json`): which files a release has, with digests. */




/** The release, or null when the index has no such project or version (404). */
async function fetchReleaseJson(urls, project, version, options = {}) {
    const url = jsonApiUrl(urls, project, version);
    const response = await getWithRetries(urls, url, { Accept: 'application/json' }, { ...options, bustQuery: true });
    if (response.status === 404 || response.status === 410)
        return null;
    if (response.status !== 200)
        throw new errors/* IndexResponseError */.w_(`GET ${url}: ${responseMessage(response)}`, url, response.status);
    const release = parseReleaseJson(response.body.toString('utf8'), url);
    const serial = Number(response.headers['x-pypi-last-serial']);
    if (Number.isInteger(serial))
        release.lastSerial = serial;
    return release;
}
/** Parse a release page; files without a filename or sha256 digest are an error, not skipped. */
function parseReleaseJson(text, url) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* PypiError */.pk(`${url} did not return JSON`);
    }
    const info = json.info;
    if (!info ||
        typeof info.name !== 'string' ||
        typeof info.version !== 'string' ||
        !Array.isArray(json.urls)) {
        throw new errors/* PypiError */.pk(`${url} is not a JSON API release page: 'info.name', 'info.version' or 'urls' missing`);
    }
    const files = json.urls.map((entry) => releaseFile(entry, url));
    return { name: info.name, version: info.version, files, yanked: info.yanked === true, url };
}
function releaseFile(entry, pageUrl) {
    const sha256 = entry.digests?.sha256;
    if (typeof entry.filename !== 'string' || typeof sha256 !== 'string') {
        throw new errors/* PypiError */.pk(`${pageUrl} lists a file without filename or digests.sha256`);
    }
    const file = {
        filename: entry.filename,
        url: typeof entry.url === 'string' ? entry.url : '',
        size: typeof entry.size === 'number' ? entry.size : -1,
        digests: { sha256: sha256.toLowerCase() },
        yanked: entry.yanked === true,
    };
    if (typeof entry.digests?.md5 === 'string')
        file.digests.md5 = entry.digests.md5.toLowerCase();
    if (typeof entry.digests?.blake2b_256 === 'string')
        file.digests.blake2b_256 = entry.digests.blake2b_256.toLowerCase();
    if (typeof entry.packagetype === 'string')
        file.packagetype = entry.packagetype;
    if (typeof entry.requires_python === 'string' && entry.requires_python)
        file.requiresPython = entry.requires_python;
    if (typeof entry.yanked_reason === 'string' && entry.yanked_reason)
        file.yankedReason = entry.yanked_reason;
    if (typeof entry.upload_time_iso_8601 === 'string')
        file.uploadTime = entry.upload_time_iso_8601;
    return file;
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
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 481, 23)),
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

;// CONCATENATED MODULE: ./packages/publish/errors.ts
/** The one error type of the release core: a one-line message naming the file or input and the fix. */

/** A release that cannot go ahead (or could not finish); the message is one redacted line. */
class PublishError extends Error {
    name = 'PublishError';
    constructor(message, options) {
        super(oneLine(message), options);
    }
}
/** `text` as one redacted line: a message may quote a server, and servers echo credentials back. */
function oneLine(text) {
    return (0,registry/* redact */.E$)(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

;// CONCATENATED MODULE: ./packages/publish/map-limit.ts
/** Running async work over a list with at most `limit` items in flight. */
/**
 * `fn` over every item, at most `limit` at a time, results in input order. Items start in order; with
 * `shouldStart` returning false the remaining items are left out (their result is undefined).
 */
async function mapWithLimit(items, limit, fn, shouldStart = () => true) {
    const results = new Array(items.length).fill(undefined);
    let next = 0;
    const worker = async () => {
        while (next < items.length && shouldStart()) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}

;// CONCATENATED MODULE: ./packages/publish/attest-files.ts
/**
 * PEP 740 attestations for a release, made in preflight: every file to upload is signed before the first
 * byte goes up, so a signing failure uploads nothing. Each attestation is also written under a directory
 * of the caller's (the runner's temp directory), never beside the dists, so a re-run finds them untouched.
 */




/** A failed signing: one line naming the file, and nothing was uploaded. */
class AttestationFailure extends Error {
    name = 'AttestationFailure';
}
/** Signs every file the plan uploads; the attestations by filename. Throws AttestationFailure on the first refusal. */
async function attestPlan(plan, options) {
    const files = plan.entries.filter((e) => e.action === 'upload').map((e) => e.file);
    if (files.length === 0)
        return new Map();
    let sign;
    try {
        sign = await options.createSigner();
    }
    catch (error) {
        throw new AttestationFailure(`attestations: ${error.message}`, { cause: error });
    }
    await (0,promises_.mkdir)(options.directory, { recursive: true });
    let failed = false;
    const made = await mapWithLimit(files, options.concurrency ?? 4, async (file) => {
        const sha256 = file.hashes?.sha256 ?? '';
        let attestation;
        try {
            attestation = await sign({ filename: file.filename, sha256 });
        }
        catch (error) {
            failed = true;
            throw new AttestationFailure(error.message, { cause: error });
        }
        const path = (0,external_node_path_.join)(options.directory, `${file.filename}.publish.attestation`);
        await (0,promises_.writeFile)(path, JSON.stringify(attestation));
        const result = {
            field: JSON.stringify([attestation]),
            logIndex: logIndexOf(attestation),
            path,
        };
        return [file.filename, result];
    }, () => !failed);
    return new Map(made.filter((entry) => entry !== undefined));
}

// EXTERNAL MODULE: ./packages/dists/upload-form.ts
var upload_form = __nccwpck_require__(6162);
;// CONCATENATED MODULE: ./packages/pypi/simple-html.ts
const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Parse a PEP 503 project page read from `pageUrl` (relative hrefs resolve against it, or `<base href>`). */
function parseSimpleHtml(html, pageUrl, project) {
    const baseHref = /<base\b([^>]*)>/i.exec(html)?.[1];
    const base = (baseHref && attributes(baseHref).get('href')) || pageUrl;
    const apiVersion = /<meta\b[^>]*name\s*=\s*["']pypi:repository-version["'][^>]*>/i.exec(html)?.[0];
    const files = [];
    for (const match of html.matchAll(ANCHOR)) {
        const attrs = attributes(match[1] ?? '');
        const href = attrs.get('href');
        if (!href)
            continue;
        const file = simpleFile(href, decodeEntities(simple_html_stripTags(match[2] ?? '')).trim(), attrs, base);
        if (file)
            files.push(file);
    }
    const page = { name: project, files, format: 'html', url: pageUrl };
    const version = apiVersion ? attributes(apiVersion.slice(5, -1)).get('content') : undefined;
    if (version)
        page.apiVersion = version;
    return page;
}
function simpleFile(href, text, attrs, base) {
    let url;
    try {
        url = new URL(href, base);
    }
    catch {
        return null;
    }
    const hashes = {};
    const fragment = /^#([A-Za-z0-9_]+)=([0-9A-Fa-f]+)$/.exec(url.hash);
    if (fragment?.[1] && fragment[2])
        hashes[fragment[1].toLowerCase()] = fragment[2].toLowerCase();
    url.hash = '';
    const filename = text || decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const file = { filename, url: url.href, hashes, yanked: false, coreMetadata: false };
    const requiresPython = attrs.get('data-requires-python');
    if (requiresPython)
        file.requiresPython = requiresPython;
    if (attrs.has('data-yanked')) {
        file.yanked = true;
        const reason = attrs.get('data-yanked');
        if (reason)
            file.yankedReason = reason;
    }
    // PEP 714 renamed data-dist-info-metadata to data-core-metadata; indexes may send either or both.
    const metadata = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
    if (metadata !== undefined && metadata.toLowerCase() !== 'false') {
        file.coreMetadata = true;
        const digest = /^([A-Za-z0-9_]+)=([0-9A-Fa-f]+)$/.exec(metadata);
        if (digest?.[1] && digest[2])
            file.coreMetadataHashes = { [digest[1].toLowerCase()]: digest[2].toLowerCase() };
    }
    const provenance = attrs.get('data-provenance');
    if (provenance)
        file.provenance = resolveUrl(provenance, url.href);
    return file;
}
/** Attributes of a start tag (names lower-cased, values entity-decoded; a bare attribute has value ''). */
function attributes(source) {
    const out = new Map();
    for (const match of source.matchAll(ATTRIBUTE)) {
        const name = match[1]?.toLowerCase();
        if (!name || out.has(name))
            continue;
        out.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    return out;
}
function simple_html_stripTags(html) {
    return html.replace(/<[^>]*>/g, '');
}
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Decode the character references an index can put in attribute values and text (`&gt;=3.8`). */
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
        if (ref[0] === '#') {
            const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED[ref.toLowerCase()] ?? whole;
    });
}
/** `href` resolved against `base`, or as it is when it is no URL. */
function resolveUrl(href, base) {
    try {
        return new URL(href, base).href;
    }
    catch {
        return href;
    }
}

;// CONCATENATED MODULE: ./packages/pypi/simple-api.ts
/** Reading a project page from a simple index: PEP 691 JSON preferred, PEP 503 HTML understood. */





/** JSON first; HTML for indexes that only speak PEP 503 (the q-values are pip's). */
const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
/** The project page, or null when the index does not know the project (404). */
async function fetchSimpleProject(urls, project, options = {}) {
    const url = simpleProjectUrl(urls, project);
    const response = await getWithRetries(urls, url, { Accept: SIMPLE_ACCEPT }, options);
    if (response.status === 404 || response.status === 410)
        return null;
    if (response.status !== 200) {
        throw new errors/* IndexResponseError */.w_(`GET ${url}: ${responseMessage(response)}`, url, response.status);
    }
    return parseSimpleResponse(response, project);
}
/** Parse a 200 response by its Content-Type (JSON for `…+json`, HTML otherwise). */
function parseSimpleResponse(response, project) {
    const type = String(response.headers['content-type'] ?? '').toLowerCase();
    const text = response.body.toString('utf8');
    const page = type.includes('json')
        ? parseSimpleJson(text, response.url)
        : parseSimpleHtml(text, response.url, project);
    const serial = Number(response.headers['x-pypi-last-serial']);
    if (Number.isInteger(serial))
        page.lastSerial = serial;
    return page;
}
/** Parse a PEP 691 JSON project page (URLs resolved against the page URL). */
function parseSimpleJson(text, pageUrl) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* PypiError */.pk(`${pageUrl} is not valid PEP 691 JSON`);
    }
    if (typeof json.name !== 'string' || !Array.isArray(json.files)) {
        throw new errors/* PypiError */.pk(`${pageUrl} is not a PEP 691 project page: 'name' or 'files' missing`);
    }
    const files = json.files.flatMap((entry) => {
        const file = pep691File(entry, pageUrl);
        return file ? [file] : [];
    });
    const page = { name: json.name, files, format: 'json', url: pageUrl };
    if (Array.isArray(json.versions))
        page.versions = json.versions.filter((v) => typeof v === 'string');
    if (typeof json.meta?.['api-version'] === 'string')
        page.apiVersion = json.meta['api-version'];
    return page;
}
function pep691File(entry, pageUrl) {
    if (typeof entry.filename !== 'string' || typeof entry.url !== 'string')
        return null;
    const url = new URL(entry.url, pageUrl);
    url.hash = '';
    const file = {
        filename: entry.filename,
        url: url.href,
        hashes: stringRecord(entry.hashes),
        yanked: entry.yanked === true || typeof entry.yanked === 'string',
        coreMetadata: false,
    };
    if (typeof entry.yanked === 'string' && entry.yanked)
        file.yankedReason = entry.yanked;
    if (typeof entry['requires-python'] === 'string' && entry['requires-python'])
        file.requiresPython = entry['requires-python'];
    const metadata = entry['core-metadata'] ?? entry['dist-info-metadata'];
    if (metadata === true)
        file.coreMetadata = true;
    else if (metadata && typeof metadata === 'object') {
        file.coreMetadata = true;
        file.coreMetadataHashes = stringRecord(metadata);
    }
    if (typeof entry.size === 'number')
        file.size = entry.size;
    if (typeof entry['upload-time'] === 'string')
        file.uploadTime = entry['upload-time'];
    if (entry.provenance === null)
        file.provenance = null;
    else if (typeof entry.provenance === 'string')
        file.provenance = absoluteUrl(entry.provenance, pageUrl);
    return file;
}
/** `href` resolved against `base`; null when it is no URL. */
function absoluteUrl(href, base) {
    try {
        return new URL(href, base).href;
    }
    catch {
        return null;
    }
}
function stringRecord(value) {
    const out = {};
    if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value))
            if (typeof v === 'string')
                out[key.toLowerCase()] = v.toLowerCase();
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/pypi/find-file.ts
/** Is this file on the index, and with which digest? Asked after an ambiguous upload and by verification. */



/**
 * Look for `filename` in release `version` of `project`: the JSON API first (fresh by default: it reaches
 * the origin past the CDN), then the simple page when the JSON API lacks the release or is not offered.
 */
async function findFile(urls, project, version, filename, options = {}) {
    const read = { fresh: true, ...options };
    try {
        const release = await fetchReleaseJson(urls, project, version, read);
        const file = release?.files.find((f) => f.filename === filename);
        if (file) {
            const found = { present: true, sha256: file.digests.sha256, source: 'json' };
            if (file.size >= 0)
                found.size = file.size;
            return found;
        }
    }
    catch (err) {
        // An index without a JSON API (or a broken one) may still have a simple page.
        if (!(err instanceof errors/* IndexResponseError */.w_))
            throw err;
    }
    const page = await fetchSimpleProject(urls, project, read);
    const file = page?.files.find((f) => f.filename === filename);
    if (!file)
        return { present: false, source: 'simple' };
    const found = { present: true, source: 'simple' };
    if (file.hashes.sha256)
        found.sha256 = file.hashes.sha256;
    if (file.size !== undefined)
        found.size = file.size;
    return found;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./packages/dists/buffer-pool.ts
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

;// CONCATENATED MODULE: ./packages/pypi/multipart.ts
/**
 * multipart/form-data framed byte for byte as twine's encoder (requests_toolbelt) frames it, with the file
 * part streamed from an open descriptor: constant memory and a Content-Length known before sending.
 */



/** A boundary as requests_toolbelt makes them: 32 random hex digits. */
function newBoundary() {
    return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('hex');
}
/** Build the body: every field, then the file part, then the closing boundary. */
function multipartBody(fields, file, boundary = newBoundary()) {
    const head = Buffer.concat([
        ...fields.map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoteParam(name)}"\r\n\r\n${value}\r\n`, 'utf8')),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoteParam(file.field)}"; filename="${quoteParam(file.filename)}"\r\n` +
            `Content-Type: ${file.contentType}\r\n\r\n`, 'utf8'),
    ]);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
    return {
        boundary,
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: head.length + file.size + tail.length,
        writeTo: async (sink) => {
            await sink(head);
            await writeFileRange(file, sink);
            await sink(tail);
        },
    };
}
const readAt = (0,external_node_util_.promisify)(external_node_fs_.read);
/**
 * Two chunks per upload in flight (the action sends up to 32 at once), pooled across files and retries.
 * 256 KiB rather than 64: a quarter of the reads through libuv's thread pool, about 8% off a 1 GiB upload.
 */
const chunks = new BufferPool(1 << 18, 64);
/**
 * Sends the file through two buffers in turn: the next chunk is read while the previous one is being
 * written, and no buffer is reused before the sink has let go of it. A read stream would allocate a fresh
 * chunk per read, and over a 1 GiB wheel that garbage alone outgrows the action's memory budget.
 * The caller owns the descriptor (a retry sends the body again), so it is read by offset, never closed.
 */
async function writeFileRange(file, sink) {
    const memory = [chunks.take(), chunks.take()];
    let writing = Promise.resolve();
    try {
        const buffers = memory.map((m) => Buffer.from(m));
        for (let offset = 0, turn = 0; offset < file.size; turn ^= 1) {
            const buffer = buffers[turn];
            const length = Math.min(buffer.length, file.size - offset);
            const { bytesRead } = await readAt(file.fd, buffer, 0, length, offset);
            if (bytesRead === 0)
                break; // The file shrank; the sender's length check reports it.
            offset += bytesRead;
            await writing;
            writing = sink(buffer.subarray(0, bytesRead));
            // Observed at the next await; until then a failure must not count as unhandled.
            writing.catch(() => undefined);
        }
        await writing;
    }
    finally {
        // Only once the last write let go of its chunk (a failed one rejects after the socket dropped it).
        await writing.catch(() => undefined);
        for (const m of memory)
            chunks.give(m);
    }
}
/** urllib3's HTML5-style parameter quoting (the one requests_toolbelt uses): `"` → %22, `\` doubled, controls %XX. */
function quoteParam(value) {
    return value.replace(/[\\"\u0000-\u001a\u001c-\u001f]/g, (ch) => {
        if (ch === '\\')
            return '\\\\';
        return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    });
}

;// CONCATENATED MODULE: ./packages/pypi/upload.ts
/** One upload to the legacy API (`POST /legacy/`), the body framed as twine frames it and streamed from disk. */







const DEFAULT_UPLOAD_TIMEOUT_MS = 300_000;
const REQUIRED_FIELDS = [':action', 'protocol_version', 'name', 'version', 'filetype'];
/**
 * Upload one file once. Never throws for HTTP or network trouble — that is classified in the outcome —
 * only for local problems (file missing, fields incomplete).
 */
async function uploadFile(request) {
    checkFields(request.fields, request.path);
    const handle = await (0,promises_.open)(request.path, 'r').catch((err) => {
        throw new errors/* PypiError */.pk(`cannot read ${request.path}: ${err.code ?? err.message}`, { cause: err });
    });
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new errors/* PypiError */.pk(`${request.path} is not a regular file`);
        const body = multipartBody(request.fields, {
            field: 'content',
            filename: request.filename ?? (0,external_node_path_.basename)(request.path),
            contentType: 'application/octet-stream',
            fd: handle.fd,
            size: stat.size,
        });
        const auth = await resolveAuth(request.auth);
        const client = request.client ?? defaultHttpClient();
        let response;
        try {
            response = await client.request({
                method: 'POST',
                url: request.urls.upload,
                headers: { 'Content-Type': body.contentType, Authorization: basicAuthorization(auth) },
                body,
                timeoutMs: request.timeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS,
            });
        }
        catch (err) {
            if (err instanceof errors/* NetworkError */.Dr)
                return classifyUploadFailure(err);
            throw err;
        }
        return classifyUploadResponse(response);
    }
    finally {
        await handle.close();
    }
}
/** The first value of a form field. */
function fieldValue(fields, name) {
    return fields.find(([key]) => key === name)?.[1];
}
function checkFields(fields, path) {
    const names = new Set(fields.map(([name]) => name));
    const missing = REQUIRED_FIELDS.filter((name) => !names.has(name));
    if (missing.length > 0) {
        throw new errors/* PypiError */.pk(`upload form for ${path} lacks ${missing.join(', ')}: build it with uploadFormFields(metadata, fileInfo)`);
    }
    if (!names.has('sha256_digest') && !names.has('md5_digest')) {
        throw new errors/* PypiError */.pk(`upload form for ${path} carries no digest: pass the file's hashes to uploadFormFields`);
    }
    if (names.has('content'))
        throw new errors/* PypiError */.pk(`upload form for ${path} must not contain 'content': the file part is added here`);
}

;// CONCATENATED MODULE: ./packages/pypi/upload-with-retries.ts
/**
 * One file uploaded with retries: backoff on retryable failures, and after an ambiguous one (the body was
 * sent, no clear answer) a look at the index before sending again — the file may have landed.
 */





/**
 * Upload until uploaded, already there, or finally refused. An `already-exists` answer is resolved through
 * the probe (the index's sha256 for the file against ours), so `sameContent` is known whenever the index can tell.
 */
async function uploadWithRetries(request) {
    const project = fieldValue(request.fields, 'name');
    const version = fieldValue(request.fields, 'version');
    const ourSha256 = fieldValue(request.fields, 'sha256_digest')?.toLowerCase();
    if (!project || !version)
        throw new errors/* PypiError */.pk(`upload form for ${request.path} lacks name or version`);
    const filename = request.filename ?? (0,external_node_path_.basename)(request.path);
    const probe = request.probe ??
        ((p, v, f) => findFile(request.urls, p, v, f, {
            client: request.client,
            clock: request.clock,
            random: request.random,
        }));
    const history = [];
    const lookup = async () => {
        try {
            return await probe(project, version, filename);
        }
        catch (err) {
            history.push(`could not check the index for ${filename}: ${err instanceof Error ? err.message : String(err)}`);
            return undefined;
        }
    };
    const { result, attempts } = await withRetries(async () => {
        const outcome = await uploadFile(request);
        if (outcome.kind === 'ambiguous') {
            history.push(outcome.message);
            const found = await lookup();
            if (found?.present && ourSha256 && found.sha256 === ourSha256) {
                return {
                    kind: 'uploaded',
                    status: 200,
                    message: `${filename} is on the index after: ${outcome.message}`,
                    confirmedByProbe: true,
                };
            }
            if (found?.present && found.sha256 && ourSha256 && found.sha256 !== ourSha256) {
                return {
                    kind: 'already-exists',
                    status: 400,
                    message: `${filename} is on the index with sha256 ${found.sha256}, not ours`,
                    sameContent: false,
                };
            }
        }
        else if (outcome.kind === 'retryable') {
            history.push(outcome.message);
        }
        else if (outcome.kind === 'already-exists' && outcome.sameContent === undefined && ourSha256) {
            const found = await lookup();
            if (found?.present && found.sha256)
                return { ...outcome, sameContent: found.sha256 === ourSha256 };
        }
        return outcome;
    }, (outcome) => {
        if (outcome.kind === 'retryable') {
            return outcome.retryAfterMs === undefined
                ? { retry: true, reason: outcome.message }
                : { retry: true, reason: outcome.message, retryAfterMs: outcome.retryAfterMs };
        }
        if (outcome.kind === 'ambiguous')
            return { retry: true, reason: outcome.message };
        return { retry: false };
    }, request);
    return { outcome: result, attempts, history };
}

;// CONCATENATED MODULE: ./packages/publish/file-result.ts
/** A file's row in the result before anything was sent for it: what it is, its digests, where it stands. */
function fileResult(file, status, url = '') {
    const blake2_256 = file.hashes?.blake2_256;
    return {
        filename: file.filename,
        path: file.path,
        size: file.hashes?.size ?? 0,
        sha256: file.hashes?.sha256 ?? '',
        ...(blake2_256 ? { blake2_256 } : {}),
        status,
        url,
        seconds: 0,
        attempts: 0,
    };
}

;// CONCATENATED MODULE: ./packages/publish/execute.ts
/**
 * Carrying out a plan: the first file alone (it creates the release), the other wheels with bounded
 * concurrency, the sdist once every wheel is up. A final failure stops new uploads from starting; what is up
 * stays up, and a re-run finishes the release because files already there count as done.
 */





/**
 * Upload retries: eight attempts (backoff windows 1, 2, 4, 8, 16, 30, 30 s with full jitter) ride out an
 * index failing one request in three; a release is worth a few minutes more of patience than a read.
 */
const UPLOAD_RETRY_POLICY = { maxAttempts: 8 };
/** The form with PEP 740's `attestations` field last, as twine sends it, when the file has attestations. */
function withAttestations(fields, attestations) {
    return attestations === undefined ? fields : [...fields, ['attestations', attestations]];
}
/** Upload what the plan says, in its order and phases; one result per plan entry, in plan order. */
async function executePlan(plan, options) {
    const results = plan.entries.map(initialResult);
    const clock = options.clock ?? systemClock;
    const upload = options.upload ?? uploadWithRetries;
    let stopped = false;
    const run = async (index) => {
        const entry = plan.entries[index];
        const result = results[index];
        const { file } = entry;
        if (!file.metadata || !file.form || !file.hashes)
            throw new Error(`${file.filename} reached the upload without metadata or digests`);
        options.onEvent?.({
            type: 'upload-started',
            filename: file.filename,
            size: file.hashes.size,
            phase: entry.phase,
        });
        const { size: _size, ...hashes } = file.hashes;
        const request = {
            urls: options.urls,
            path: file.path,
            filename: file.filename,
            fields: withAttestations((0,upload_form/* uploadFormFields */.fO)(file.metadata, { ...file.form, hashes }), options.attestations?.get(file.filename)),
            auth: options.auth,
            onRetry: (event) => options.onEvent?.({ type: 'upload-retry', filename: file.filename, ...event }),
        };
        if (options.client)
            request.client = options.client;
        if (options.timeoutMs !== undefined)
            request.timeoutMs = options.timeoutMs;
        if (options.clock)
            request.clock = options.clock;
        if (options.random)
            request.random = options.random;
        request.policy = { ...UPLOAD_RETRY_POLICY, ...options.policy };
        const started = clock.now();
        try {
            const report = await upload(request);
            Object.assign(result, settle(report, options.skipExisting));
            result.attempts = report.attempts;
        }
        catch (error) {
            result.status = 'failed';
            result.attempts = Math.max(result.attempts, 1);
            result.message = oneLine(error instanceof Error ? error.message : String(error));
        }
        result.seconds = (clock.now() - started) / 1000;
        if (result.status === 'failed')
            stopped = true;
        if (result.status === 'skipped' && result.message)
            options.onEvent?.({ type: 'warning', message: `${file.filename}: ${result.message}` });
        options.onEvent?.({ type: 'upload-finished', result: { ...result } });
    };
    const indexesOf = (phase) => plan.entries.flatMap((entry, index) => entry.action === 'upload' && entry.phase === phase ? [index] : []);
    const concurrency = Math.max(1, options.concurrency);
    for (const [phase, limit] of [
        ['first', 1],
        ['wheel', concurrency],
        ['sdist', 1],
    ]) {
        if (stopped)
            break;
        await mapWithLimit(indexesOf(phase), limit, run, () => !stopped);
    }
    return results;
}
function initialResult(entry) {
    const { file } = entry;
    const status = entry.action === 'upload'
        ? 'pending'
        : entry.action === 'already-present'
            ? 'already-present'
            : 'skipped';
    return fileResult(file, status, entry.remote?.url);
}
/** What an upload's final outcome means for the file. */
function settle(report, skipExisting) {
    const outcome = report.outcome;
    const last = report.history.at(-1);
    switch (outcome.kind) {
        case 'uploaded':
            if (outcome.confirmedByProbe)
                return {
                    status: 'uploaded',
                    message: oneLine(`landed despite ${last ?? outcome.message} (the index confirmed it)`),
                };
            return last
                ? {
                    status: 'uploaded',
                    message: oneLine(`after ${report.attempts} attempts (last trouble: ${last})`),
                }
                : { status: 'uploaded' };
        case 'already-exists':
            if (outcome.sameContent === true)
                return { status: 'already-present' };
            if (skipExisting)
                return {
                    status: 'skipped',
                    message: oneLine(outcome.sameContent === false
                        ? `the index has it with different content, skipped: ${outcome.message}`
                        : `the index says it exists and could not tell with which content, skipped: ${outcome.message}`),
                };
            return {
                status: 'failed',
                message: oneLine(outcome.sameContent === false
                    ? `is already on the index with different content (${outcome.message}): bump the version and build again, or set skip-existing: true`
                    : `the index says it already exists, and could not tell with which content (${outcome.message})`),
            };
        case 'client-error':
            return { status: 'failed', message: oneLine(`refused: ${outcome.message}`) };
        case 'retryable':
        case 'ambiguous':
            return {
                status: 'failed',
                message: oneLine(`gave up after ${report.attempts} attempts: ${outcome.message}`),
            };
    }
}

// EXTERNAL MODULE: ./packages/dists/dist-filename.ts
var dist_filename = __nccwpck_require__(1118);
// EXTERNAL MODULE: ./packages/pep440/format.ts
var format = __nccwpck_require__(2621);
;// CONCATENATED MODULE: ./packages/publish/index-state.ts
/** Asking the index what it already has: the release's JSON page and the project's simple page, read fresh. */




/**
 * What the index lists for `project`: the release page (`/pypi/<name>/<version>/json`, past the CDN) and
 * the project page (`/simple/<name>/`, every version: a filename is taken project-wide), merged by filename.
 * One of the two answering is enough; both failing stops the release before any upload.
 */
async function readIndexState(urls, project, version, options = {}) {
    const read = { ...options, fresh: true };
    const [release, page] = await Promise.allSettled([
        fetchReleaseJson(urls, project, version, read),
        fetchSimpleProject(urls, project, read),
    ]);
    if (release.status === 'rejected' && page.status === 'rejected') {
        const reason = release.reason instanceof Error ? release.reason.message : String(release.reason);
        throw new PublishError(`cannot ask the index what it already has for ${project} ${version} (${reason}); nothing was uploaded: re-run when the index answers`, { cause: release.reason });
    }
    const state = mergeIndexState(release.status === 'fulfilled' ? release.value : null, page.status === 'fulfilled' ? page.value : null, version);
    // The project page answers 404 only for a project the index does not have: the upload would create it.
    if (page.status === 'fulfilled')
        state.projectExists = page.value !== null;
    return state;
}
/** Both answers as one state (pure): the release page's digests win; the project page adds the rest. */
function mergeIndexState(release, page, version) {
    const files = new Map();
    for (const file of release?.files ?? []) {
        const remote = {
            filename: file.filename,
            sha256: file.digests.sha256,
            packagetype: packagetypeOf(file.filename, file.packagetype),
            inRelease: true,
        };
        if (file.digests.blake2b_256)
            remote.blake2_256 = file.digests.blake2b_256;
        if (file.size >= 0)
            remote.size = file.size;
        if (file.url)
            remote.url = file.url;
        files.set(file.filename, remote);
    }
    const ours = (0,format/* normalizeVersion */.Qj)(version) ?? version;
    for (const file of page?.files ?? []) {
        if (files.has(file.filename))
            continue;
        const remote = {
            filename: file.filename,
            packagetype: packagetypeOf(file.filename),
            inRelease: versionOf(file.filename) === ours,
        };
        if (file.hashes['sha256'])
            remote.sha256 = file.hashes['sha256'];
        if (file.size !== undefined)
            remote.size = file.size;
        if (file.url)
            remote.url = file.url;
        files.set(file.filename, remote);
    }
    const releaseExists = [...files.values()].some((f) => f.inRelease);
    return { files, releaseExists };
}
function packagetypeOf(filename, declared) {
    if (declared === 'sdist' || declared === 'bdist_wheel')
        return declared;
    return filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist';
}
/** The normalized version a filename names, or null when it does not parse (old, odd uploads). */
function versionOf(filename) {
    try {
        return (0,dist_filename/* parseDistFilename */.h)(filename).version;
    }
    catch {
        return null;
    }
}

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

;// CONCATENATED MODULE: ./packages/dists/hash-file.ts



const EXTRA_DIGESTS = ['md5', 'blake2_256'];
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
        const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
        let blake = null;
        if (extras.includes('blake2_256')) {
            blake = idleBlake.pop() ?? (await createBLAKE2b(256));
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
            idleBlake.push(this.blake);
        }
        return out;
    }
}
const idleBlake = [];
/** Two 1 MiB read buffers per file being hashed, reused from file to file (preflight hashes two at once). */
const readBuffers = new BufferPool(1 << 20, 4);
async function hash_file_hashFile(path, extras = EXTRA_DIGESTS) {
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

// EXTERNAL MODULE: ./packages/dists/errors.ts
var dists_errors = __nccwpck_require__(8809);
;// CONCATENATED MODULE: ./packages/dists/tar-reader.ts
/** Streaming .tar.gz reading: gunzip plus a small tar header parser (ustar, pax, GNU long names). */



/** Defaults: 16 MiB per member read, ratio 50 past 64 MiB, the figures PyPI uses for zips. */
const DEFAULT_TAR_LIMITS = { maxMemberSize: 16 << 20, maxRatio: 50, bombMinSize: 64 << 20 };
/** Walk a .tar.gz member by member, streaming; stops early when the visitor says so. */
async function walkTarGz(path, visitor, limits = {}) {
    const all = { ...DEFAULT_TAR_LIMITS, ...limits };
    const { size: fileSize } = await (0,promises_.stat)(path);
    const maxInflated = Math.max(all.bombMinSize, all.maxRatio * fileSize);
    const source = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 16 });
    // zlib loads with the first archive read, not at every action's start-up.
    const gunzip = (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23))).createGunzip();
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    const reader = new ChunkReader(gunzip[Symbol.asyncIterator](), () => {
        if (reader.consumed > maxInflated) {
            throw new dists_errors/* DistError */.b('zip-bomb', `${path}: inflates past ${maxInflated} bytes (ratio over ${all.maxRatio}): refused as a gzip bomb`, path);
        }
    });
    try {
        return await walk(reader, visitor, all, path);
    }
    catch (error) {
        if (error instanceof dists_errors/* DistError */.b)
            throw error;
        throw new dists_errors/* DistError */.b('not-a-tarfile', `${path}: not a readable .tar.gz (${error.message})`, path);
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
}
async function walk(reader, visitor, limits, path) {
    const bad = (why) => new dists_errors/* DistError */.b('not-a-tarfile', `${path}: not a tar archive (${why})`, path);
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
                throw new dists_errors/* DistError */.b('entry-too-large', `${path}: ${entry.path} is ${size} bytes, over the ${limits.maxMemberSize}-byte limit`, path);
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
async function archive_kind_readAt(path, position, length) {
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
    const tail = await archive_kind_readAt(path, start, size - start);
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
    return compressionOf(await archive_kind_readAt(path, 0, 16));
}
/**
 * `tarfile.is_tarfile`: the file opens as a tar, plain or compressed, that is, its first header block reads.
 * Plain and gzip are checked block and all; a bzip2, xz or zstd stream is taken on its magic bytes alone
 * (node cannot inflate those), so one that holds no tar counts as a tar here.
 */
async function isTarFile(path) {
    const head = await archive_kind_readAt(path, 0, GZIP_WINDOW);
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
    const zlib = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23));
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

// EXTERNAL MODULE: ./packages/dists/core-metadata.ts
var core_metadata = __nccwpck_require__(2667);
;// CONCATENATED MODULE: ./packages/dists/wheel-info.ts
/** The `.dist-info/WHEEL` file: wheel format version, generator, purelib flag and tags. */

/** Parse WHEEL text (same RFC 822 shape as METADATA). */
function parseWheelFile(text, distInfoDir, hasRecord) {
    const { fields } = (0,core_metadata/* parseCoreMetadata */.Ug)(text, 'WHEEL');
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
function findDistInfoDir(filename, members) {
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

;// CONCATENATED MODULE: ./packages/dists/read-chunks.ts

/** Read buffers of the common chunk size, reused from file to file (see BufferPool for why). */
const chunkBuffers = new BufferPool(1 << 20, 8);
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
            throw new dists_errors/* DistError */.b('encrypted-entry', `${where} is encrypted`, this.path);
        if (entry.uncompressedSize > this.limits.maxMemberSize) {
            throw new dists_errors/* DistError */.b('entry-too-large', `${where} inflates to ${entry.uncompressedSize} bytes, over the ${this.limits.maxMemberSize}-byte limit`, this.path);
        }
        if (this.bombs().includes(entry)) {
            throw new dists_errors/* DistError */.b('zip-bomb', `${where} inflates ${entry.uncompressedSize} bytes from ${entry.compressedSize} (ratio over ${this.limits.maxRatio}): refused as a zip bomb`, this.path);
        }
        const raw = await zip_reader_readAt(this.handle, await this.dataStart(entry), entry.compressedSize);
        // zlib loads with the first archive read, not at every action's start-up.
        const { crc32, inflateRawSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23));
        let data;
        if (entry.method === 0)
            data = raw;
        else if (entry.method === 8) {
            try {
                // maxOutputLength bounds memory even when the directory lies about the size.
                data = inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
            }
            catch (error) {
                throw new dists_errors/* DistError */.b('corrupt-entry', `${where}: cannot inflate (${error.message})`, this.path);
            }
        }
        else {
            throw new dists_errors/* DistError */.b('unsupported-compression', `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`, this.path);
        }
        if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
            throw new dists_errors/* DistError */.b('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
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
            throw new dists_errors/* DistError */.b('encrypted-entry', `${where} is encrypted`, this.path);
        if (entry.method !== 0 && entry.method !== 8) {
            throw new dists_errors/* DistError */.b('unsupported-compression', `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`, this.path);
        }
        const { crc32, createInflateRaw } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23));
        const raw = readChunks(this.handle, await this.dataStart(entry), entry.compressedSize, chunkSize);
        const chunks = entry.method === 0 ? raw : inflated(raw, createInflateRaw({ chunkSize }));
        let size = 0;
        let crc = 0;
        try {
            for await (const chunk of chunks) {
                size += chunk.length;
                if (size > entry.uncompressedSize)
                    throw new dists_errors/* DistError */.b('corrupt-entry', `${where}: inflates past its recorded size`, this.path);
                crc = crc32(chunk, crc);
                yield chunk;
            }
        }
        catch (error) {
            const code = error.code ?? '';
            if (!code.startsWith('Z_'))
                throw error;
            throw new dists_errors/* DistError */.b('corrupt-entry', `${where}: cannot inflate (${error.message})`, this.path);
        }
        if (size !== entry.uncompressedSize || crc !== entry.crc32) {
            throw new dists_errors/* DistError */.b('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
        }
    }
    /** Where a member's data begins, after its local header; checks that the data lies within the file. */
    async dataStart(entry) {
        const where = `${this.path}: ${entry.name}`;
        const local = await zip_reader_readAt(this.handle, entry.localHeaderOffset, 30);
        if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) {
            throw new dists_errors/* DistError */.b('corrupt-entry', `${where}: no local header at offset ${entry.localHeaderOffset}`, this.path);
        }
        const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        if (start + entry.compressedSize > this.size) {
            throw new dists_errors/* DistError */.b('corrupt-entry', `${where}: data runs past the end of the file (truncated?)`, this.path);
        }
        return start;
    }
    /** Release the file handle. */
    async close() {
        await this.handle.close();
    }
}
async function zip_reader_readAt(handle, position, length) {
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
    const notZip = (why) => new dists_errors/* DistError */.b('not-a-zipfile', `${path}: not a zip file (${why})`, path);
    // As Python's zipfile: the end record ends the file, or it is the last signature in the final 64 KiB + 22
    // bytes with 22 bytes after it (whatever its comment length says; data after it is not this reader's concern).
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await zip_reader_readAt(handle, size - tailLength, tailLength);
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
        const locator = await zip_reader_readAt(handle, eocdOffset - 20, 20);
        if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIG) {
            const z64Offset = Number(locator.readBigUInt64LE(8));
            const z64 = await zip_reader_readAt(handle, z64Offset, 56);
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
    const cd = await zip_reader_readAt(handle, cdOffset, cdSize);
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
    throw new dists_errors/* DistError */.b('unknown-extension', `${filename}: not a wheel (.whl) or sdist (.tar.gz, .zip)`, filename);
}
/**
 * Read the core metadata of a wheel (`*.dist-info/METADATA`, WHEEL, and RECORD must exist) or an sdist
 * (`<top>/PKG-INFO`, streaming and stopping there). Throws DistError naming the file on anything missing.
 */
async function readDistMetadata(path, limits = {}) {
    const filename = (0,external_node_path_.basename)(path);
    const { kind, format } = distKindOf(filename);
    if (format === 'tar.gz') {
        const metadata = (0,core_metadata/* parseCoreMetadata */.Ug)(await readTarPkgInfo(path, limits.tar), `${filename}: PKG-INFO`);
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
            return { filename, kind, metadata: (0,core_metadata/* parseCoreMetadata */.Ug)(await zip.read(entry), `${filename}: ${target}`) };
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
        const metadata = (0,core_metadata/* parseCoreMetadata */.Ug)(await zip.read(metadataEntry), `${filename}: METADATA`);
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
        throw missing((0,external_node_path_.basename)(path), `PKG-INFO not found at ${target ?? '<top>/PKG-INFO'}`);
    return found;
}
function missing(filename, what) {
    return new dists_errors/* DistError */.b('missing-member', `${filename}: ${what}`, filename);
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
const zip_framing_U32_MAX = 0xffffffff;
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
        if (sizes.compressed === zip_framing_U32_MAX || sizes.uncompressed === zip_framing_U32_MAX)
            throw new FramingError('Malformed zip file');
    }
    else if (data.length === 8) {
        // Only the uncompressed size: then the data must be stored, both sizes the same.
        if (method !== 0)
            throw new FramingError('Malformed zip file');
        const size = Number(data.readBigUInt64LE(0));
        sizes.compressed = size;
        if (sizes.uncompressed === zip_framing_U32_MAX)
            sizes.uncompressed = size;
    }
    else {
        if (sizes.uncompressed === zip_framing_U32_MAX)
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
        : await hash_file_hashFile(path).then(({ size, ...hashes }) => ({ filename, size, hashes }));
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
        zip = await ZipArchive.open(path, limits.zip);
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
            ? `${findDistInfoDir(filename, members) ?? 'unknown.dist-info'}/METADATA`
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
            return { archive, metadata: (0,core_metadata/* parseCoreMetadata */.Ug)(await zip.read(entry), `${filename}: ${target}`) };
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
        const summary = await walkTarGz(path, {
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
        return { archive, metadata: (0,core_metadata/* parseCoreMetadata */.Ug)(data, `${filename}: PKG-INFO`) };
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

;// CONCATENATED MODULE: ./packages/publish/render-once.ts
/**
 * `renderer`, remembering each text's answer: a release's wheels nearly always carry one description, and
 * rendering it once per wheel costs a round trip to the Python worker each.
 */
function onceEach(renderer) {
    const answers = new Map();
    return {
        rendersRst(text) {
            let answer = answers.get(text);
            if (!answer)
                answers.set(text, (answer = renderer.rendersRst(text)));
            return answer;
        },
    };
}

;// CONCATENATED MODULE: ./packages/publish/upload-file-info.ts
/** What the upload form says about a file beside its metadata: the `filetype` and `pyversion` twine sends. */

// twine's wheel filename pattern (twine/wheel.py): lazy name, optional version starting with a digit, optional
// build tag, then python tag, abi and platform. Its `pyver` group is what twine sends, as written.
const TWINE_WHEEL_NAME = /^(?<namever>(?<name>.+?)(-(?<ver>\d.+?))?)((-(?<build>\d.*?))?-(?<pyver>.+?)-(?<abi>.+?)-(?<plat>.+?)\.whl|\.dist-info)$/;
/**
 * `filetype` and `pyversion` as twine derives them: `sdist`/`source` for an sdist, `bdist_wheel` and the
 * filename's python tag (e.g. `cp312`, `py2.py3`; `any` when the name does not parse) for a wheel.
 * Null for a file twine would not upload.
 */
function uploadFileInfo(filename) {
    const filetype = (0,dist_filename/* filetypeOf */.c)(filename);
    if (filetype === null)
        return null;
    if (filetype === 'sdist')
        return { filetype, pyversion: 'source' };
    return { filetype, pyversion: TWINE_WHEEL_NAME.exec(filename)?.groups?.['pyver'] ?? 'any' };
}

;// CONCATENATED MODULE: ./packages/publish/inspect-files.ts
/** Reading every file of the release before anything is uploaded: digests, core metadata, archive facts. */





/**
 * Inspect every file; problems are recorded on the file, never thrown. Hashing sets preflight's pace, so it
 * starts at once, largest file first, and nothing else waits in its queue: archives are read and descriptions
 * sent to the renderer (each distinct text once) while files hash. (Before, a file's checks held its hashing
 * slot, and the renderer's Python start-up stopped all hashing for its duration.)
 */
async function inspectFiles(files, options) {
    const withRenderer = { ...options, ...(options.renderer ? { renderer: onceEach(options.renderer) } : {}) };
    const opened = await mapWithLimit(files, 8, openFile);
    const readable = opened.filter((o) => o?.size !== undefined);
    const digests = hashLargestFirst(readable, options.concurrency ?? 2, options.hash ?? hash_file_hashFile, options.extraDigests ?? []);
    const inspected = await mapWithLimit(opened, 8, ({ file, result, size }) => size === undefined
        ? Promise.resolve(result)
        : readFile(result, digests.get(file), withRenderer));
    return inspected;
}
/** Every file's digests, `limit` files at a time, the largest first: each promise settles when its file is done. */
function hashLargestFirst(files, limit, hash, extras) {
    const settle = new Map();
    const digests = new Map(files.map(({ file }) => [file, new Promise((resolve) => settle.set(file, resolve))]));
    const queue = [...files].sort((x, y) => y.size - x.size);
    void mapWithLimit(queue, limit, async ({ file }) => {
        const done = settle.get(file);
        done(await digestsOrError(hash(file.path, extras)));
    });
    return digests;
}
/** Inspect one file (a release's files go through inspectFiles, which keeps hashing busy). */
async function inspectFile(file, options) {
    const { result, size } = await openFile(file);
    if (size === undefined)
        return result;
    const hash = options.hash ?? hashFile;
    return readFile(result, digestsOrError(hash(file.path, options.extraDigests ?? [])), options);
}
function digestsOrError(digests) {
    return digests.catch((error) => ({ error }));
}
/** The file's result so far, and its size when it is a wheel or sdist that exists. */
async function openFile(file) {
    const result = {
        ...file,
        hashes: null,
        form: uploadFileInfo(file.filename),
        metadata: null,
        facts: null,
        problems: [],
    };
    if (!result.form) {
        result.problems.push('is not a wheel (.whl) or sdist (.tar.gz), so no index takes it');
        return { file, result };
    }
    const found = await (0,promises_.stat)(file.path).then((s) => (s.isFile() ? s.size : 'is not a regular file'), (error) => error.code === 'ENOENT'
        ? file.expected
            ? `is listed in the manifest but missing from ${file.path}: collect the artifacts again`
            : `is missing (${file.path})`
        : `cannot be read: ${error.code ?? error.message}`);
    if (typeof found === 'string') {
        result.problems.push(found);
        return { file, result };
    }
    return { file, result, size: found };
}
/** The rest of a file that exists: its archive and metadata read while `digest` is computed, then PyPI's checks. */
async function readFile(result, digest, options) {
    const { path, filename } = result;
    const reading = options.verifyMetadata ? readFacts(path, options.renderer) : readMetadata(path, filename);
    reading.catch(() => undefined); // awaited below, once the digests are in; a failure is thrown from there
    const hashes = await digest;
    if ('error' in hashes) {
        await reading.catch(() => undefined);
        result.problems.push(`cannot be read: ${messageOf(hashes.error, filename)}`);
        return result;
    }
    result.hashes = hashes;
    const read = await reading;
    if (!options.verifyMetadata || !read.facts) {
        result.metadata = read.metadata;
        if (read.problem)
            result.problems.push(read.problem);
        return result;
    }
    const { size: _size, ...digests } = hashes;
    const facts = { ...read.facts, hashes: digests, filetype: result.form?.filetype };
    result.facts = facts;
    result.metadata = facts.metadata;
    if (!facts.metadata)
        result.problems.push(`has no readable metadata: ${stripName(read.metadataError ?? 'unknown error', filename)}`);
    // PyPI's form rules and their data tables load with the first file checked, not at start-up.
    else
        await (await Promise.all(/* import() */[__nccwpck_require__.e(747), __nccwpck_require__.e(4)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1004))).checkForm(result, facts, options.renderer);
    return result;
}
/** Archive facts (digests filled in later) and metadata; the description goes to the renderer at once. */
async function readFacts(path, renderer) {
    // Given (empty) digests, it does not hash the file again; readFile puts the real ones in.
    const facts = await inspectDistribution(path, { hashes: { sha256: '' } });
    if (renderer && facts.metadata)
        (await Promise.all(/* import() */[__nccwpck_require__.e(747), __nccwpck_require__.e(4)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1004))).startRendering(facts.metadata, renderer);
    return {
        metadata: facts.metadata,
        facts,
        ...(facts.metadataError ? { metadataError: facts.metadataError } : {}),
    };
}
async function readMetadata(path, filename) {
    try {
        return { metadata: (await readDistMetadata(path)).metadata };
    }
    catch (error) {
        return { metadata: null, problem: `has no readable metadata: ${messageOf(error, filename)}` };
    }
}
function messageOf(error, filename) {
    // An fs error may come from another realm (a test's sandbox), where `instanceof Error` is false.
    const message = error?.message;
    return stripName(typeof message === 'string' ? message : String(error), filename);
}
/** Messages from dists often start with the filename; the problem list names the file already. */
function stripName(message, filename) {
    return message.startsWith(`${filename}: `) ? message.slice(filename.length + 2) : message;
}

;// CONCATENATED MODULE: ./packages/publish/publish.ts
/**
 * A whole release: pick the files, read them, ask the index what it has, plan, authenticate, upload, and
 * say what happened. Nothing is uploaded unless the whole plan is sound.
 */









/** Run a release; throws only for what stops it before any plan (bad source, index unreachable, trusted publishing). */
async function publishRelease(options) {
    const concurrency = Math.max(1, options.concurrency ?? 4);
    const client = options.client ??
        (0,http_client/* createHttpClient */.u)({ product: 'release-actions-publish-pypi', maxSockets: concurrency + 2 });
    try {
        return await publishWith(options, client, concurrency);
    }
    finally {
        if (!options.client)
            client.close();
    }
}
async function publishWith(options, client, concurrency) {
    const dryRun = options.dryRun ?? false;
    // Known to the redaction before any request can carry it (reads of a custom index do).
    const password = options.credentials.kind === 'password'
        ? passwordAuth(options.credentials.username, options.credentials.password)
        : null;
    const { files, ignored, descriptionWarning } = await readReleaseFiles(options);
    // PyPI's rules and their data tables (classifiers, licenses, standard-library names) load once there
    // are files to judge: a third of the bundle that start-up does not need.
    const { identifyRelease, planRelease, preflightFailure } = await Promise.all(/* import() */[__nccwpck_require__.e(747), __nccwpck_require__.e(435)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9435));
    const { identity, problems: identityProblems } = identifyRelease(files);
    if (!identity) {
        const problems = [...identityProblems, ...fileProblems(files)];
        const base = { project: '', version: '', dryRun, ignored, warnings: [] };
        if (problems.length === 0)
            problems.push({ filename: '', message: 'no file could be read' });
        return {
            ...base,
            files: files.map((f) => unplannedResult(f, problems)),
            problems,
            failure: preflightFailure(problems),
        };
    }
    const urls = readUrls(options.urls, options.credentials);
    const read = {
        client,
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.random ? { random: options.random } : {}),
    };
    const index = await readIndexState(urls, identity.project, identity.version, read);
    const plan = planRelease(files, identity, index, {
        skipExisting: options.skipExisting ?? false,
        ...(options.riskySize !== undefined ? { riskySize: options.riskySize } : {}),
    });
    if (descriptionWarning)
        plan.warnings.push(descriptionWarning);
    options.onEvent?.({ type: 'planned', plan });
    const base = {
        project: plan.project,
        version: plan.version,
        dryRun,
        ignored,
        warnings: plan.warnings,
        problems: plan.problems,
    };
    if (plan.problems.length > 0) {
        return { ...base, files: plannedResults(plan, 'pending'), failure: preflightFailure(plan.problems) };
    }
    if (dryRun || !plan.entries.some((e) => e.action === 'upload')) {
        return { ...base, files: plannedResults(plan, 'would-upload') };
    }
    // Trusted publishing first: a job that cannot publish at all says so before anything is signed.
    const auth = password ?? (await mintingAuth(options, client));
    const attestations = await attestRelease(plan, options);
    if (typeof attestations === 'string')
        return { ...base, files: plannedResults(plan, 'pending'), failure: attestations };
    const fields = new Map([...attestations].map(([name, made]) => [name, made.field]));
    const results = await executePlan(plan, executeOptions(options, { urls, auth, client, concurrency }, fields));
    const firstFailure = results.find((r) => r.status === 'failed');
    const checked = await reconcile(results, urls, plan, read);
    const failure = firstFailure ? executionFailure(results, firstFailure, checked) : undefined;
    const attested = Object.fromEntries([...attestations].map(([name, made]) => [name, made.logIndex]));
    return {
        ...base,
        files: results,
        ...(attestations.size > 0 ? { attestations: attested } : {}),
        ...(failure ? { failure } : {}),
    };
}
/** How to carry out the plan, from the release's options. */
function executeOptions(options, target, attestations) {
    return {
        ...target,
        attestations,
        skipExisting: options.skipExisting ?? false,
        ...(options.upload ? { upload: options.upload } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.policy ? { policy: options.policy } : {}),
        ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    };
}
/** Every file to upload signed (when attestations are on); or the one line saying why not, nothing uploaded. */
async function attestRelease(plan, options) {
    if (!options.attestations)
        return new Map();
    let attestations;
    try {
        attestations = await attestPlan(plan, options.attestations);
    }
    catch (error) {
        if (!(error instanceof AttestationFailure))
            throw error;
        return `${error.message}; nothing was uploaded`;
    }
    for (const [filename, made] of attestations)
        options.onEvent?.({ type: 'attested', filename, logIndex: made.logIndex, path: made.path });
    return attestations;
}
/** The release's files, each read in full (digests, metadata, archive facts, description rendered). */
async function readReleaseFiles(options) {
    const { files: local, ignored } = await releaseFiles(options.source);
    const renderer = options.renderer ?? new PythonRstRenderer();
    const files = await inspectFiles(local, {
        verifyMetadata: options.verifyMetadata ?? true,
        renderer,
        ...(options.hash ? { hash: options.hash } : {}),
        ...(options.extraDigests ? { extraDigests: options.extraDigests } : {}),
    }).finally(() => {
        if (!options.renderer)
            renderer.close();
    });
    return { files, ignored, descriptionWarning: await uncheckedDescriptions(files, renderer) };
}
/** The one line saying which reStructuredText descriptions went unchecked, and why; null when none did. */
async function uncheckedDescriptions(files, renderer) {
    const unchecked = files.filter((f) => f.descriptionUnchecked).map((f) => f.filename);
    if (unchecked.length === 0)
        return null;
    const status = await renderer?.status?.();
    const why = status && !status.available ? status.reason : 'no renderer could run';
    return `the reStructuredText description of ${unchecked.join(', ')} was not checked as PyPI renders it (${why}); install readme_renderer (pip install readme_renderer) to check it before uploading`;
}
/**
 * Reads of a custom index carry the upload credentials (a private index often wants them for reading too);
 * PyPI's are public and never see them.
 */
function readUrls(urls, credentials) {
    if (urls.kind !== 'custom' || urls.auth || credentials.kind !== 'password')
        return urls;
    return { ...urls, auth: { username: credentials.username, password: credentials.password } };
}
/** Credentials from trusted publishing: minted now (a refusal stops the release before any upload), renewed when due. */
async function mintingAuth(options, client) {
    const { credentials } = options;
    if (credentials.kind !== 'trusted-publishing')
        throw new Error('mintingAuth needs trusted publishing');
    const source = new TokenSource({
        urls: options.urls,
        getIdToken: credentials.getIdToken,
        client,
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.random ? { random: options.random } : {}),
    });
    const minted = await source.getToken();
    options.onEvent?.({ type: 'authenticated', method: 'trusted-publishing', expiresAt: minted.expiresAt });
    return source;
}
/**
 * One fresh read of the release page after the uploads: the download URLs of the files just uploaded, and
 * the truth about those that failed or were never tried. An upload the index stored whose answer was lost
 * (a crash, a proxy), with the index unreachable to ask at the time, is there: counting it as missing told
 * people files were absent that were not. True when the index answered; a read that fails changes nothing.
 */
async function reconcile(results, urls, plan, read) {
    const unsettled = (r) => r.status === 'failed' || r.status === 'pending';
    if (!results.some((r) => unsettled(r) || (r.status === 'uploaded' && !r.url)))
        return true;
    let release;
    try {
        release = await fetchReleaseJson(urls, plan.project, plan.version, {
            ...read,
            fresh: true,
            policy: { maxAttempts: 4, baseDelayMs: 250 },
        });
    }
    catch {
        return false; // verify-pypi is where the index is checked for good
    }
    const byName = new Map(release?.files.map((f) => [f.filename, f]) ?? []);
    for (const result of results) {
        const listed = byName.get(result.filename);
        result.url ||= oneLine(listed?.url ?? '');
        if (!listed || !unsettled(result) || listed.digests.sha256 !== result.sha256)
            continue;
        if (result.status === 'failed') {
            result.message = oneLine(`landed, though its answer was lost (${result.message ?? 'no answer'}): the index lists it with the same sha256`);
            result.status = 'uploaded';
        }
        else
            result.status = 'already-present';
    }
    return true;
}
/** The one line for a release left incomplete: what stopped it, and how many files the index lacks (or may). */
function executionFailure(results, first, checked) {
    const missing = results.filter((r) => r.status === 'failed' || r.status === 'pending').length;
    if (missing === 0)
        return undefined;
    const cause = first.status === 'failed'
        ? `${first.filename} ${first.message ?? 'failed'}`
        : `the answer to ${first.filename} was lost, which stopped the release`;
    const landed = results.some((r) => r.status === 'uploaded' || r.status === 'already-present');
    const state = !checked
        ? `${missing} of ${results.length} files are not confirmed on the index (it could not be read afterwards): re-run once it answers, files already there count as done`
        : landed
            ? `${missing} of ${results.length} files are not on the index yet: fix the cause and re-run, files already there count as done`
            : 'nothing was uploaded';
    return `${cause}; ${state}`;
}
function fileProblems(files) {
    return files.flatMap((f) => f.problems.map((message) => ({ filename: f.filename, message })));
}
function plannedResults(plan, uploadStatus) {
    const troubled = new Set(plan.problems.map((p) => p.filename));
    return plan.entries.map((entry) => {
        const { file } = entry;
        const status = troubled.has(file.filename)
            ? 'failed'
            : entry.action === 'upload'
                ? uploadStatus
                : entry.action === 'already-present'
                    ? 'already-present'
                    : 'skipped';
        return {
            ...fileResult(file, status, entry.remote?.url),
            ...(problemFor(plan.problems, file.filename) ?? {}),
        };
    });
}
function unplannedResult(file, problems) {
    const troubled = problems.some((p) => p.filename === file.filename);
    return {
        ...fileResult(file, troubled ? 'failed' : 'pending'),
        ...(problemFor(problems, file.filename) ?? {}),
    };
}
function problemFor(problems, filename) {
    const found = problems.find((p) => p.filename === filename);
    return found ? { message: found.message } : undefined;
}

;// CONCATENATED MODULE: ./packages/attestations/stand-in.ts
/** How the actions find a Sigstore stand-in: its own module, so naming it costs an action's start-up nothing. */
/**
 * The environment variable naming a Sigstore stand-in's base URL (release-actions index serve's
 * `<index>/_/sigstore`): publish-pypi signs there and verify-pypi takes its trust root instead of public-good's.
 */
const SIGSTORE_URL_ENV = 'RELEASE_ACTIONS_SIGSTORE_URL';

// EXTERNAL MODULE: ./packages/pypi/proxy-env.ts
var proxy_env = __nccwpck_require__(1245);
;// CONCATENATED MODULE: ./actions/publish-pypi/src/inputs.ts







/** Reads and checks every input; the errors name the input and what it accepts. */
function readSettings() {
    // First of all, so that nothing printed from here on can show it.
    const password = getInput('password');
    registerSecret(password);
    (0,proxy_env/* registerProxyCredentials */.QS)(process.env);
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const manifest = getInput('manifest');
    const source = manifest
        ? { manifest: (0,external_node_path_.resolve)(workspace, manifest) }
        : { directory: (0,external_node_path_.resolve)(workspace, getInput('packages-dir') || 'dist') };
    // Registers the credentials a URL carries, as it parses them.
    const urls = resolveIndexUrls(getInput('repository-url') || 'pypi', 'repository-url');
    const user = getInput('user') || '__token__';
    let credentials = null;
    if (password)
        credentials = { username: user, password };
    else if (urls.auth)
        credentials = urls.auth;
    else if (user !== '__token__') {
        throw new InputError(`Input user is ${JSON.stringify(user)} but password is empty: pass that user's password (or an API token with user __token__), or leave both unset for trusted publishing.`);
    }
    return {
        source,
        urls,
        password: credentials,
        dryRun: getBooleanInput('dry-run', false),
        verifyMetadata: getBooleanInput('verify-metadata', true),
        skipExisting: getBooleanInput('skip-existing', false),
        extraDigests: readExtraDigests(),
        printHash: getBooleanInput('print-hash', true),
        concurrency: getIntegerInput('concurrency', 4, { min: 1, max: 32 }),
        forkPullRequest: forkPullRequest(),
        attestations: readAttestations(credentials !== null),
    };
}
/** The attestations input: on by default under trusted publishing, off with a password (PyPI refuses them). */
function readAttestations(password) {
    if (!getBooleanInput('attestations', !password))
        return null;
    if (password)
        throw new InputError('Input attestations is true but a password (API token) is given: PyPI takes attestations only from trusted publishers. Leave password empty to publish with trusted publishing, or set attestations to false.');
    const standIn = process.env[SIGSTORE_URL_ENV]?.replace(/\/+$/, '') || undefined;
    const temp = process.env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)();
    return {
        fulcioUrl: standIn ?? PUBLIC_GOOD_SIGSTORE.fulcioUrl,
        rekorUrl: standIn ?? PUBLIC_GOOD_SIGSTORE.rekorUrl,
        directory: (0,external_node_path_.join)(temp, 'publish-pypi-attestations'),
    };
}
/** The digests input: names separated by spaces, commas or lines; sha256 is implied, `all` is twine's set. */
function readExtraDigests() {
    const names = getInput('digests')
        .split(/[\s,]+/)
        .filter((name) => name !== '');
    if (names.length === 1 && names[0] === 'all')
        return [...EXTRA_DIGESTS];
    const extras = [];
    for (const name of names) {
        if (name === 'sha256')
            continue;
        if (!EXTRA_DIGESTS.includes(name))
            throw new InputError(`Input digests takes sha256, md5 and blake2_256 (or all, twine's set), got ${JSON.stringify(name)}.`);
        if (!extras.includes(name))
            extras.push(name);
    }
    return extras;
}
/** Whether this run is a pull request from a fork (read from the event payload, only for pull requests). */
function forkPullRequest() {
    const name = process.env['GITHUB_EVENT_NAME'] ?? '';
    const path = process.env['GITHUB_EVENT_PATH'];
    if (!path || !['pull_request', 'pull_request_target'].includes(name))
        return false;
    try {
        return isForkPullRequest({ name, payload: JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')) });
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/publish/format.ts
var publish_format = __nccwpck_require__(4555);
;// CONCATENATED MODULE: ./actions/publish-pypi/src/progress.ts


const ACTION_WORDS = {
    upload: 'to upload',
    'already-present': 'already on the index',
    skip: 'skipped',
};
/** Logs a release's progress as it happens: the plan, each upload, retries and warnings. */
function logProgress(printHash) {
    return (event) => {
        switch (event.type) {
            case 'planned':
                logPlan(event.plan, printHash);
                break;
            case 'authenticated':
                info(event.method === 'trusted-publishing'
                    ? `Trusted publishing: upload token minted${event.expiresAt ? `, valid until ${new Date(event.expiresAt).toISOString()}` : ''}`
                    : 'Authenticating with the given password');
                break;
            case 'attested':
                info(`Attested ${event.filename}: Sigstore-signed, Rekor log index ${event.logIndex ?? 'unknown'}, kept at ${event.path}`);
                break;
            case 'upload-started':
                info(`↑ ${event.filename} (${(0,publish_format/* formatBytes */.z3)(event.size)})`);
                break;
            case 'upload-retry':
                info(`  ${event.filename}: attempt ${event.attempt} failed (${event.reason}); retrying in ${(0,publish_format/* formatSeconds */.Xo)(event.delayMs / 1000)}`);
                break;
            case 'upload-finished': {
                const { result } = event;
                const detail = result.message ? `: ${result.message}` : '';
                info(`${result.status === 'uploaded' ? '✓' : result.status === 'failed' ? '✗' : '·'} ${result.filename} ${result.status} in ${(0,publish_format/* formatSeconds */.Xo)(result.seconds)}${detail}`);
                break;
            }
            case 'warning':
                warning(event.message);
                break;
        }
    };
}
function logPlan(plan, printHash) {
    info(`Release ${plan.project} ${plan.version}: ${plan.entries.length} file${plan.entries.length === 1 ? '' : 's'}`);
    for (const { file, action } of plan.entries) {
        info(`  ${file.filename} (${(0,publish_format/* formatBytes */.z3)(file.hashes?.size ?? 0)}): ${ACTION_WORDS[action]}`);
        if (printHash && file.hashes) {
            info(`    sha256      ${file.hashes.sha256}`);
            if (file.hashes.md5)
                info(`    md5         ${file.hashes.md5}`);
            if (file.hashes.blake2_256)
                info(`    blake2b-256 ${file.hashes.blake2_256}`);
        }
    }
    for (const message of plan.warnings)
        warning(message);
    for (const problem of plan.problems)
        info(`✗ ${problem.filename ? `${problem.filename} ` : ''}${problem.message}`);
}

;// CONCATENATED MODULE: ./packages/action-kit/summary.ts



/** Escapes text for the HTML the job summary renders. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function cellHtml(cell) {
    return typeof cell === 'object' ? cell.html : escapeHtml(String(cell));
}
/** Builds a job summary in memory; `write()` appends it to `GITHUB_STEP_SUMMARY`. */
class Summary {
    parts = [];
    /** A heading, level 2 by default (the step title is level 1 in the UI already). */
    heading(text, level = 2) {
        this.parts.push(`<h${level}>${escapeHtml(text)}</h${level}>`);
        return this;
    }
    /** A paragraph of plain text. */
    paragraph(text) {
        this.parts.push(`<p>${escapeHtml(text)}</p>`);
        return this;
    }
    /** A table with a header row, or none when `header` is null (a list of facts). */
    table(header, rows) {
        const head = header ? `<tr>${header.map((cell) => `<th>${cellHtml(cell)}</th>`).join('')}</tr>` : '';
        const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`);
        this.parts.push(`<table>${head}${body.join('')}</table>`);
        return this;
    }
    /** A bulleted list of plain-text items. */
    list(items) {
        if (items.length > 0)
            this.parts.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
        return this;
    }
    /** A block of preformatted text. */
    code(text, language = '') {
        this.parts.push(`${external_node_os_namespaceObject.EOL}\`\`\`${language}${external_node_os_namespaceObject.EOL}${text}${external_node_os_namespaceObject.EOL}\`\`\`${external_node_os_namespaceObject.EOL}`);
        return this;
    }
    /** A collapsed section with a plain-text label. */
    details(label, html) {
        this.parts.push(`<details><summary>${escapeHtml(label)}</summary>${html}</details>`);
        return this;
    }
    /** Markdown or HTML the caller vouches for. */
    raw(markup) {
        this.parts.push(markup);
        return this;
    }
    /** The summary as it will be written. */
    toString() {
        return (0,registry/* redact */.E$)(this.parts.join(external_node_os_namespaceObject.EOL));
    }
    /** Appends the summary to the step summary file; a no-op outside a runner. */
    write() {
        const path = process.env['GITHUB_STEP_SUMMARY'];
        if (!path)
            return;
        (0,external_node_fs_.appendFileSync)(path, `${this.toString()}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
    }
}

;// CONCATENATED MODULE: ./actions/publish-pypi/src/summary.ts



const PERMISSIONS_FIX = `jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
      contents: read`;
/** The job summary of a release: one row per file (size, sha256, status, seconds), then problems and warnings. */
function releaseSummary(result, urls) {
    const counts = countStatuses(result.files);
    const where = new URL(urls.upload).host;
    const summary = new Summary().heading(`${result.dryRun ? 'Dry run: ' : ''}${result.project || 'Release'} ${result.version} → ${where}`);
    const parts = [
        `${counts.uploaded} uploaded`,
        `${counts['already-present']} already present`,
        counts.skipped > 0 ? `${counts.skipped} skipped` : '',
        counts['would-upload'] > 0 ? `${counts['would-upload']} would be uploaded` : '',
        counts.failed > 0 ? `${counts.failed} failed` : '',
        counts.pending > 0 ? `${counts.pending} not uploaded` : '',
    ].filter(Boolean);
    summary.paragraph(result.failure ? `${parts.join(', ')}. ${result.failure}` : `${parts.join(', ')}.`);
    summary.table(['File', 'Size', 'sha256', 'Status', 'Seconds'], result.files.map((file) => [
        file.url
            ? { html: `<a href="${escapeHtml(file.url)}">${escapeHtml(file.filename)}</a>` }
            : file.filename,
        (0,publish_format/* formatBytes */.z3)(file.size),
        { html: `<code>${escapeHtml(file.sha256)}</code>` },
        file.message ? `${file.status}: ${file.message}` : file.status,
        file.seconds > 0 ? (0,publish_format/* formatSeconds */.Xo)(file.seconds) : '',
    ]));
    const attested = Object.entries(result.attestations ?? {});
    if (attested.length > 0) {
        summary.paragraph(`Attested (PEP 740): ${attested.length} file${attested.length === 1 ? '' : 's'} signed with Sigstore, Rekor log index ${attested.map(([name, index]) => `${name} ${index ?? '?'}`).join(', ')}.`);
    }
    if (result.problems.length > 0) {
        summary
            .heading('Nothing was uploaded because', 3)
            .list(result.problems.map((p) => `${p.filename ? `${p.filename} ` : ''}${p.message}`));
    }
    if (result.warnings.length > 0)
        summary.heading('Warnings', 3).list(result.warnings);
    if (result.ignored.length > 0)
        summary.paragraph(`Not distributions, left out: ${result.ignored.join(', ')}`);
    return summary;
}
/**
 * Why trusted publishing failed: PyPI's error codes, and the claims of the job's OIDC token that PyPI
 * matched against the project's trusted publishers (or the permissions fix when there was no token).
 */
function trustedPublishingSummary(error) {
    const summary = new Summary().heading('Trusted publishing failed');
    if (error.cause instanceof OidcUnavailableError) {
        summary.paragraph(error.cause.message).code(PERMISSIONS_FIX, 'yaml');
        return summary;
    }
    summary.paragraph(error.message);
    if (error.errors.length > 0) {
        summary.table(['PyPI error', 'Description'], error.errors.map((e) => [{ html: `<code>${escapeHtml(e.code)}</code>` }, e.description]));
    }
    const claims = error.claims;
    if (claims) {
        const rows = [
            ['repository', claims.repository],
            ['workflow', claims.workflow_ref],
            ['ref', claims.ref],
            ['environment', claims.environment ?? '(none)'],
            ['event', claims.event_name],
        ];
        summary
            .paragraph("The job's OIDC token says the following; the trusted publisher configured for the project on the index (its Publishing settings) must name the same repository, workflow file and environment:")
            .table(['Claim', 'Value'], rows
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, { html: `<code>${escapeHtml(v ?? '')}</code>` }]));
    }
    return summary;
}

;// CONCATENATED MODULE: ./actions/publish-pypi/src/main.ts







function writeOutputs(result) {
    const counts = countStatuses(result.files);
    setOutput('uploaded', String(counts.uploaded));
    setOutput('already-present', String(counts['already-present']));
    setOutput('files', JSON.stringify(filesOutput(result.files)));
    setOutput('attestations', JSON.stringify(result.attestations ?? {}));
}
function attestationOptions(settings) {
    const { attestations } = settings;
    if (!attestations)
        return undefined;
    return {
        directory: attestations.directory,
        createSigner: () => createAttestationSigner({
            fulcioUrl: attestations.fulcioUrl,
            rekorUrl: attestations.rekorUrl,
            getIdToken: () => getSigstoreIdToken(settings.forkPullRequest),
        }),
    };
}
/** What to do when the index turns trusted publishing away (it answered, but offers no audience). */
const USE_A_TOKEN = "set the `password` input to an API token (user `__token__`), or enable trusted publishing on the index (PyPI: the project's Settings → Publishing; release-actions index serve: --trusted-publishers)";
async function publish(settings) {
    try {
        return await publishRelease({
            source: settings.source,
            urls: settings.urls,
            credentials: settings.password
                ? { kind: 'password', ...settings.password }
                : {
                    kind: 'trusted-publishing',
                    getIdToken: (audience) => getIdToken(audience, settings.forkPullRequest),
                },
            dryRun: settings.dryRun,
            verifyMetadata: settings.verifyMetadata,
            skipExisting: settings.skipExisting,
            concurrency: settings.concurrency,
            extraDigests: settings.extraDigests,
            attestations: attestationOptions(settings),
            onEvent: logProgress(settings.printHash),
        });
    }
    catch (error) {
        if (!(error instanceof TrustedPublishingError))
            throw error;
        trustedPublishingSummary(error).write();
        // Without a token the runner's own explanation, with the fix, is the whole story.
        if (error.cause instanceof OidcUnavailableError)
            throw new PublishError(error.cause.message);
        if (error.stage === 'audience' && (error.status === 403 || error.status === 404))
            throw new PublishError(`${error.message}; ${USE_A_TOKEN}`);
        throw error;
    }
}
/** publish-pypi: preflight every file and the index, then upload what is missing; resumable. */
async function main() {
    const settings = readSettings();
    if (!settings.password && !settings.dryRun && settings.forkPullRequest) {
        throw new InputError(oidcUnavailableMessage(true));
    }
    const result = await publish(settings);
    writeOutputs(result);
    releaseSummary(result, settings.urls).write();
    if (result.failure)
        throw new PublishError(result.failure);
}

;// CONCATENATED MODULE: ./actions/publish-pypi/src/index.ts


void runAction(main);

