export const id = 486;
export const ids = [486];
export const modules = {

/***/ 6427:
/***/ (function(__unused_webpack_module, exports) {

/*!
 * hash-wasm (https://www.npmjs.com/package/hash-wasm)
 * (c) Dani Biro
 * @license MIT
 */

!function(I,A){ true?A(exports):0}(this,(function(I){"use strict";var A,i={name:"blake2b",data:"AGFzbQEAAAABEQRgAAF/YAJ/fwBgAX8AYAAAAwoJAAECAwECAgABBQQBAQICBg4CfwFBsIsFC38AQYAICwdwCAZtZW1vcnkCAA5IYXNoX0dldEJ1ZmZlcgAACkhhc2hfRmluYWwAAwlIYXNoX0luaXQABQtIYXNoX1VwZGF0ZQAGDUhhc2hfR2V0U3RhdGUABw5IYXNoX0NhbGN1bGF0ZQAIClNUQVRFX1NJWkUDAQrTOAkFAEGACQvrAgIFfwF+AkAgAUEBSA0AAkACQAJAIAFBgAFBACgC4IoBIgJrIgNKDQAgASEEDAELQQBBADYC4IoBAkAgAkH/AEoNACACQeCJAWohBSAAIQRBACEGA0AgBSAELQAAOgAAIARBAWohBCAFQQFqIQUgAyAGQQFqIgZB/wFxSg0ACwtBAEEAKQPAiQEiB0KAAXw3A8CJAUEAQQApA8iJASAHQv9+Vq18NwPIiQFB4IkBEAIgACADaiEAAkAgASADayIEQYEBSA0AIAIgAWohBQNAQQBBACkDwIkBIgdCgAF8NwPAiQFBAEEAKQPIiQEgB0L/flatfDcDyIkBIAAQAiAAQYABaiEAIAVBgH9qIgVBgAJLDQALIAVBgH9qIQQMAQsgBEEATA0BC0EAIQUDQCAFQQAoAuCKAWpB4IkBaiAAIAVqLQAAOgAAIAQgBUEBaiIFQf8BcUoNAAsLQQBBACgC4IoBIARqNgLgigELC78uASR+QQBBACkD0IkBQQApA7CJASIBQQApA5CJAXwgACkDICICfCIDhULr+obav7X2wR+FQiCJIgRCq/DT9K/uvLc8fCIFIAGFQiiJIgYgA3wgACkDKCIBfCIHIASFQjCJIgggBXwiCSAGhUIBiSIKQQApA8iJAUEAKQOoiQEiBEEAKQOIiQF8IAApAxAiA3wiBYVCn9j52cKR2oKbf4VCIIkiC0K7zqqm2NDrs7t/fCIMIASFQiiJIg0gBXwgACkDGCIEfCIOfCAAKQNQIgV8Ig9BACkDwIkBQQApA6CJASIQQQApA4CJASIRfCAAKQMAIgZ8IhKFQtGFmu/6z5SH0QCFQiCJIhNCiJLznf/M+YTqAHwiFCAQhUIoiSIVIBJ8IAApAwgiEHwiFiAThUIwiSIXhUIgiSIYQQApA9iJAUEAKQO4iQEiE0EAKQOYiQF8IAApAzAiEnwiGYVC+cL4m5Gjs/DbAIVCIIkiGkLx7fT4paf9p6V/fCIbIBOFQiiJIhwgGXwgACkDOCITfCIZIBqFQjCJIhogG3wiG3wiHSAKhUIoiSIeIA98IAApA1giCnwiDyAYhUIwiSIYIB18Ih0gDiALhUIwiSIOIAx8Ih8gDYVCAYkiDCAWfCAAKQNAIgt8Ig0gGoVCIIkiFiAJfCIaIAyFQiiJIiAgDXwgACkDSCIJfCIhIBaFQjCJIhYgGyAchUIBiSIMIAd8IAApA2AiB3wiDSAOhUIgiSIOIBcgFHwiFHwiFyAMhUIoiSIbIA18IAApA2giDHwiHCAOhUIwiSIOIBd8IhcgG4VCAYkiGyAZIBQgFYVCAYkiFHwgACkDcCINfCIVIAiFQiCJIhkgH3wiHyAUhUIoiSIUIBV8IAApA3giCHwiFXwgDHwiIoVCIIkiI3wiJCAbhUIoiSIbICJ8IBJ8IiIgFyAYIBUgGYVCMIkiFSAffCIZIBSFQgGJIhQgIXwgDXwiH4VCIIkiGHwiFyAUhUIoiSIUIB98IAV8Ih8gGIVCMIkiGCAXfCIXIBSFQgGJIhR8IAF8IiEgFiAafCIWIBUgHSAehUIBiSIaIBx8IAl8IhyFQiCJIhV8Ih0gGoVCKIkiGiAcfCAIfCIcIBWFQjCJIhWFQiCJIh4gGSAOIBYgIIVCAYkiFiAPfCACfCIPhUIgiSIOfCIZIBaFQiiJIhYgD3wgC3wiDyAOhUIwiSIOIBl8Ihl8IiAgFIVCKIkiFCAhfCAEfCIhIB6FQjCJIh4gIHwiICAiICOFQjCJIiIgJHwiIyAbhUIBiSIbIBx8IAp8IhwgDoVCIIkiDiAXfCIXIBuFQiiJIhsgHHwgE3wiHCAOhUIwiSIOIBkgFoVCAYkiFiAffCAQfCIZICKFQiCJIh8gFSAdfCIVfCIdIBaFQiiJIhYgGXwgB3wiGSAfhUIwiSIfIB18Ih0gFoVCAYkiFiAVIBqFQgGJIhUgD3wgBnwiDyAYhUIgiSIYICN8IhogFYVCKIkiFSAPfCADfCIPfCAHfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBnwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAOIBd8Ig4gDyAYhUIwiSIPICAgFIVCAYkiFCAZfCAKfCIXhUIgiSIYfCIZIBSFQiiJIhQgF3wgC3wiF3wgBXwiICAPIBp8Ig8gHyAOIBuFQgGJIg4gIXwgCHwiGoVCIIkiG3wiHyAOhUIoiSIOIBp8IAx8IhogG4VCMIkiG4VCIIkiISAdIB4gDyAVhUIBiSIPIBx8IAF8IhWFQiCJIhx8Ih0gD4VCKIkiDyAVfCADfCIVIByFQjCJIhwgHXwiHXwiHiAWhUIoiSIWICB8IA18IiAgIYVCMIkiISAefCIeIBogFyAYhUIwiSIXIBl8IhggFIVCAYkiFHwgCXwiGSAchUIgiSIaICR8IhwgFIVCKIkiFCAZfCACfCIZIBqFQjCJIhogHSAPhUIBiSIPICJ8IAR8Ih0gF4VCIIkiFyAbIB98Iht8Ih8gD4VCKIkiDyAdfCASfCIdIBeFQjCJIhcgH3wiHyAPhUIBiSIPIBsgDoVCAYkiDiAVfCATfCIVICOFQiCJIhsgGHwiGCAOhUIoiSIOIBV8IBB8IhV8IAx8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAHfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBogHHwiGiAVIBuFQjCJIhUgHiAWhUIBiSIWIB18IAR8IhuFQiCJIhx8Ih0gFoVCKIkiFiAbfCAQfCIbfCABfCIeIBUgGHwiFSAXIBogFIVCAYkiFCAgfCATfCIYhUIgiSIXfCIaIBSFQiiJIhQgGHwgCXwiGCAXhUIwiSIXhUIgiSIgIB8gISAVIA6FQgGJIg4gGXwgCnwiFYVCIIkiGXwiHyAOhUIoiSIOIBV8IA18IhUgGYVCMIkiGSAffCIffCIhIA+FQiiJIg8gHnwgBXwiHiAghUIwiSIgICF8IiEgGyAchUIwiSIbIB18IhwgFoVCAYkiFiAYfCADfCIYIBmFQiCJIhkgJHwiHSAWhUIoiSIWIBh8IBJ8IhggGYVCMIkiGSAfIA6FQgGJIg4gInwgAnwiHyAbhUIgiSIbIBcgGnwiF3wiGiAOhUIoiSIOIB98IAZ8Ih8gG4VCMIkiGyAafCIaIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAh8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgC3wiFXwgBXwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAh8IiIgGiAgIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGHwgCXwiGIVCIIkiHHwiGiAUhUIoiSIUIBh8IAZ8IhggHIVCMIkiHCAafCIaIBSFQgGJIhR8IAR8IiAgGSAdfCIZIBUgISAPhUIBiSIPIB98IAN8Ih2FQiCJIhV8Ih8gD4VCKIkiDyAdfCACfCIdIBWFQjCJIhWFQiCJIiEgFyAbIBkgFoVCAYkiFiAefCABfCIZhUIgiSIbfCIXIBaFQiiJIhYgGXwgE3wiGSAbhUIwiSIbIBd8Ihd8Ih4gFIVCKIkiFCAgfCAMfCIgICGFQjCJIiEgHnwiHiAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IBJ8Ih0gG4VCIIkiGyAafCIaIA6FQiiJIg4gHXwgC3wiHSAbhUIwiSIbIBcgFoVCAYkiFiAYfCANfCIXICKFQiCJIhggFSAffCIVfCIfIBaFQiiJIhYgF3wgEHwiFyAYhUIwiSIYIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGXwgCnwiFSAchUIgiSIZICN8IhwgD4VCKIkiDyAVfCAHfCIVfCASfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAbIBp8IhogFSAZhUIwiSIVIB4gFIVCAYkiFCAXfCADfCIXhUIgiSIZfCIbIBSFQiiJIhQgF3wgB3wiF3wgAnwiHiAVIBx8IhUgGCAaIA6FQgGJIg4gIHwgC3wiGoVCIIkiGHwiHCAOhUIoiSIOIBp8IAR8IhogGIVCMIkiGIVCIIkiICAfICEgFSAPhUIBiSIPIB18IAZ8IhWFQiCJIh18Ih8gD4VCKIkiDyAVfCAKfCIVIB2FQjCJIh0gH3wiH3wiISAWhUIoiSIWIB58IAx8Ih4gIIVCMIkiICAhfCIhIBogFyAZhUIwiSIXIBt8IhkgFIVCAYkiFHwgEHwiGiAdhUIgiSIbICR8Ih0gFIVCKIkiFCAafCAJfCIaIBuFQjCJIhsgHyAPhUIBiSIPICJ8IBN8Ih8gF4VCIIkiFyAYIBx8Ihh8IhwgD4VCKIkiDyAffCABfCIfIBeFQjCJIhcgHHwiHCAPhUIBiSIPIBggDoVCAYkiDiAVfCAIfCIVICOFQiCJIhggGXwiGSAOhUIoiSIOIBV8IA18IhV8IA18IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAMfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHXwiGyAVIBiFQjCJIhUgISAWhUIBiSIWIB98IBB8IhiFQiCJIh18Ih8gFoVCKIkiFiAYfCAIfCIYfCASfCIhIBUgGXwiFSAXIBsgFIVCAYkiFCAefCAHfCIZhUIgiSIXfCIbIBSFQiiJIhQgGXwgAXwiGSAXhUIwiSIXhUIgiSIeIBwgICAVIA6FQgGJIg4gGnwgAnwiFYVCIIkiGnwiHCAOhUIoiSIOIBV8IAV8IhUgGoVCMIkiGiAcfCIcfCIgIA+FQiiJIg8gIXwgBHwiISAehUIwiSIeICB8IiAgGCAdhUIwiSIYIB98Ih0gFoVCAYkiFiAZfCAGfCIZIBqFQiCJIhogJHwiHyAWhUIoiSIWIBl8IBN8IhkgGoVCMIkiGiAcIA6FQgGJIg4gInwgCXwiHCAYhUIgiSIYIBcgG3wiF3wiGyAOhUIoiSIOIBx8IAN8IhwgGIVCMIkiGCAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAt8IhUgI4VCIIkiFyAdfCIdIBSFQiiJIhQgFXwgCnwiFXwgBHwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAl8IiIgGyAeIBUgF4VCMIkiFSAdfCIXIBSFQgGJIhQgGXwgDHwiGYVCIIkiHXwiGyAUhUIoiSIUIBl8IAp8IhkgHYVCMIkiHSAbfCIbIBSFQgGJIhR8IAN8Ih4gGiAffCIaIBUgICAPhUIBiSIPIBx8IAd8IhyFQiCJIhV8Ih8gD4VCKIkiDyAcfCAQfCIcIBWFQjCJIhWFQiCJIiAgFyAYIBogFoVCAYkiFiAhfCATfCIahUIgiSIYfCIXIBaFQiiJIhYgGnwgDXwiGiAYhUIwiSIYIBd8Ihd8IiEgFIVCKIkiFCAefCAFfCIeICCFQjCJIiAgIXwiISAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIBx8IAt8IhwgGIVCIIkiGCAbfCIbIA6FQiiJIg4gHHwgEnwiHCAYhUIwiSIYIBcgFoVCAYkiFiAZfCABfCIXICKFQiCJIhkgFSAffCIVfCIfIBaFQiiJIhYgF3wgBnwiFyAZhUIwiSIZIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGnwgCHwiFSAdhUIgiSIaICN8Ih0gD4VCKIkiDyAVfCACfCIVfCANfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgCXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAYIBt8IhggFSAahUIwiSIVICEgFIVCAYkiFCAXfCASfCIXhUIgiSIafCIbIBSFQiiJIhQgF3wgCHwiF3wgB3wiISAVIB18IhUgGSAYIA6FQgGJIg4gHnwgBnwiGIVCIIkiGXwiHSAOhUIoiSIOIBh8IAt8IhggGYVCMIkiGYVCIIkiHiAfICAgFSAPhUIBiSIPIBx8IAp8IhWFQiCJIhx8Ih8gD4VCKIkiDyAVfCAEfCIVIByFQjCJIhwgH3wiH3wiICAWhUIoiSIWICF8IAN8IiEgHoVCMIkiHiAgfCIgIBggFyAahUIwiSIXIBt8IhogFIVCAYkiFHwgBXwiGCAchUIgiSIbICR8IhwgFIVCKIkiFCAYfCABfCIYIBuFQjCJIhsgHyAPhUIBiSIPICJ8IAx8Ih8gF4VCIIkiFyAZIB18Ihl8Ih0gD4VCKIkiDyAffCATfCIfIBeFQjCJIhcgHXwiHSAPhUIBiSIPIBkgDoVCAYkiDiAVfCAQfCIVICOFQiCJIhkgGnwiGiAOhUIoiSIOIBV8IAJ8IhV8IBN8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCASfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHHwiGyAVIBmFQjCJIhUgICAWhUIBiSIWIB98IAt8IhmFQiCJIhx8Ih8gFoVCKIkiFiAZfCACfCIZfCAJfCIgIBUgGnwiFSAXIBsgFIVCAYkiFCAhfCAFfCIahUIgiSIXfCIbIBSFQiiJIhQgGnwgA3wiGiAXhUIwiSIXhUIgiSIhIB0gHiAVIA6FQgGJIg4gGHwgEHwiFYVCIIkiGHwiHSAOhUIoiSIOIBV8IAF8IhUgGIVCMIkiGCAdfCIdfCIeIA+FQiiJIg8gIHwgDXwiICAhhUIwiSIhIB58Ih4gGSAchUIwiSIZIB98IhwgFoVCAYkiFiAafCAIfCIaIBiFQiCJIhggJHwiHyAWhUIoiSIWIBp8IAp8IhogGIVCMIkiGCAdIA6FQgGJIg4gInwgBHwiHSAZhUIgiSIZIBcgG3wiF3wiGyAOhUIoiSIOIB18IAd8Ih0gGYVCMIkiGSAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAx8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgBnwiFXwgEnwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IBN8IiIgGyAhIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGnwgBnwiGoVCIIkiHHwiGyAUhUIoiSIUIBp8IBB8IhogHIVCMIkiHCAbfCIbIBSFQgGJIhR8IA18IiEgGCAffCIYIBUgHiAPhUIBiSIPIB18IAJ8Ih2FQiCJIhV8Ih4gD4VCKIkiDyAdfCABfCIdIBWFQjCJIhWFQiCJIh8gFyAZIBggFoVCAYkiFiAgfCADfCIYhUIgiSIZfCIXIBaFQiiJIhYgGHwgBHwiGCAZhUIwiSIZIBd8Ihd8IiAgFIVCKIkiFCAhfCAIfCIhIB+FQjCJIh8gIHwiICAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IAd8Ih0gGYVCIIkiGSAbfCIbIA6FQiiJIg4gHXwgDHwiHSAZhUIwiSIZIBcgFoVCAYkiFiAafCALfCIXICKFQiCJIhogFSAefCIVfCIeIBaFQiiJIhYgF3wgCXwiFyAahUIwiSIaIB58Ih4gFoVCAYkiFiAVIA+FQgGJIg8gGHwgBXwiFSAchUIgiSIYICN8IhwgD4VCKIkiDyAVfCAKfCIVfCACfCIChUIgiSIifCIjIBaFQiiJIhYgAnwgC3wiAiAihUIwiSILICN8IiIgFoVCAYkiFiAZIBt8IhkgFSAYhUIwiSIVICAgFIVCAYkiFCAXfCANfCINhUIgiSIXfCIYIBSFQiiJIhQgDXwgBXwiBXwgEHwiECAVIBx8Ig0gGiAZIA6FQgGJIg4gIXwgDHwiDIVCIIkiFXwiGSAOhUIoiSIOIAx8IBJ8IhIgFYVCMIkiDIVCIIkiFSAeIB8gDSAPhUIBiSINIB18IAl8IgmFQiCJIg98IhogDYVCKIkiDSAJfCAIfCIJIA+FQjCJIgggGnwiD3wiGiAWhUIoiSIWIBB8IAd8IhAgEYUgDCAZfCIHIA6FQgGJIgwgCXwgCnwiCiALhUIgiSILIAUgF4VCMIkiBSAYfCIJfCIOIAyFQiiJIgwgCnwgE3wiEyALhUIwiSIKIA58IguFNwOAiQFBACADIAYgDyANhUIBiSINIAJ8fCICIAWFQiCJIgUgB3wiBiANhUIoiSIHIAJ8fCICQQApA4iJAYUgBCABIBIgCSAUhUIBiSIDfHwiASAIhUIgiSISICJ8IgkgA4VCKIkiAyABfHwiASAShUIwiSIEIAl8IhKFNwOIiQFBACATQQApA5CJAYUgECAVhUIwiSIQIBp8IhOFNwOQiQFBACABQQApA5iJAYUgAiAFhUIwiSICIAZ8IgGFNwOYiQFBACASIAOFQgGJQQApA6CJAYUgAoU3A6CJAUEAIBMgFoVCAYlBACkDqIkBhSAKhTcDqIkBQQAgASAHhUIBiUEAKQOwiQGFIASFNwOwiQFBACALIAyFQgGJQQApA7iJAYUgEIU3A7iJAQvdAgUBfwF+AX8BfgJ/IwBBwABrIgAkAAJAQQApA9CJAUIAUg0AQQBBACkDwIkBIgFBACgC4IoBIgKsfCIDNwPAiQFBAEEAKQPIiQEgAyABVK18NwPIiQECQEEALQDoigFFDQBBAEJ/NwPYiQELQQBCfzcD0IkBAkAgAkH/AEoNAEEAIQQDQCACIARqQeCJAWpBADoAACAEQQFqIgRBgAFBACgC4IoBIgJrSA0ACwtB4IkBEAIgAEEAKQOAiQE3AwAgAEEAKQOIiQE3AwggAEEAKQOQiQE3AxAgAEEAKQOYiQE3AxggAEEAKQOgiQE3AyAgAEEAKQOoiQE3AyggAEEAKQOwiQE3AzAgAEEAKQO4iQE3AzhBACgC5IoBIgVBAUgNAEEAIQRBACECA0AgBEGACWogACAEai0AADoAACAEQQFqIQQgBSACQQFqIgJB/wFxSg0ACwsgAEHAAGokAAv9AwMBfwF+AX8jAEGAAWsiAiQAQQBBgQI7AfKKAUEAIAE6APGKAUEAIAA6APCKAUGQfiEAA0AgAEGAiwFqQgA3AAAgAEH4igFqQgA3AAAgAEHwigFqQgA3AAAgAEEYaiIADQALQQAhAEEAQQApA/CKASIDQoiS853/zPmE6gCFNwOAiQFBAEEAKQP4igFCu86qptjQ67O7f4U3A4iJAUEAQQApA4CLAUKr8NP0r+68tzyFNwOQiQFBAEEAKQOIiwFC8e30+KWn/aelf4U3A5iJAUEAQQApA5CLAULRhZrv+s+Uh9EAhTcDoIkBQQBBACkDmIsBQp/Y+dnCkdqCm3+FNwOoiQFBAEEAKQOgiwFC6/qG2r+19sEfhTcDsIkBQQBBACkDqIsBQvnC+JuRo7Pw2wCFNwO4iQFBACADp0H/AXE2AuSKAQJAIAFBAUgNACACQgA3A3ggAkIANwNwIAJCADcDaCACQgA3A2AgAkIANwNYIAJCADcDUCACQgA3A0ggAkIANwNAIAJCADcDOCACQgA3AzAgAkIANwMoIAJCADcDICACQgA3AxggAkIANwMQIAJCADcDCCACQgA3AwBBACEEA0AgAiAAaiAAQYAJai0AADoAACAAQQFqIQAgBEEBaiIEQf8BcSABSA0ACyACQYABEAELIAJBgAFqJAALEgAgAEEDdkH/P3EgAEEQdhAECwkAQYAJIAAQAQsGAEGAiQELGwAgAUEDdkH/P3EgAUEQdhAEQYAJIAAQARADCwsLAQBBgAgLBPAAAAA=",hash:"c6f286e6"};function C(I,A,i,C){return new(i||(i=Promise))((function(g,h){function e(I){try{w(C.next(I))}catch(I){h(I)}}function B(I){try{w(C.throw(I))}catch(I){h(I)}}function w(I){var A;I.done?g(I.value):(A=I.value,A instanceof i?A:new i((function(I){I(A)}))).then(e,B)}w((C=C.apply(I,A||[])).next())}))}"function"==typeof SuppressedError&&SuppressedError;class g{constructor(){this.mutex=Promise.resolve()}lock(){let I=()=>{};return this.mutex=this.mutex.then((()=>new Promise(I))),new Promise((A=>{I=A}))}dispatch(I){return C(this,void 0,void 0,(function*(){const A=yield this.lock();try{return yield Promise.resolve(I())}finally{A()}}))}}const h="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof self?self:"undefined"!=typeof window?window:global,e=null!==(A=h.Buffer)&&void 0!==A?A:null,B=h.TextEncoder?new h.TextEncoder:null;function w(I,A){return(15&I)+(I>>6|I>>3&8)<<4|(15&A)+(A>>6|A>>3&8)}const t="a".charCodeAt(0)-10,F="0".charCodeAt(0);function f(I,A,i){let C=0;for(let g=0;g<i;g++){let i=A[g]>>>4;I[C++]=i>9?i+t:i+F,i=15&A[g],I[C++]=i>9?i+t:i+F}return String.fromCharCode.apply(null,I)}const Q=null!==e?I=>{if("string"==typeof I){const A=e.from(I,"utf8");return new Uint8Array(A.buffer,A.byteOffset,A.length)}if(e.isBuffer(I))return new Uint8Array(I.buffer,I.byteOffset,I.length);if(ArrayBuffer.isView(I))return new Uint8Array(I.buffer,I.byteOffset,I.byteLength);throw new Error("Invalid data type!")}:I=>{if("string"==typeof I)return B.encode(I);if(ArrayBuffer.isView(I))return new Uint8Array(I.buffer,I.byteOffset,I.byteLength);throw new Error("Invalid data type!")},n="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",o=new Uint8Array(256);for(let I=0;I<n.length;I++)o[n.charCodeAt(I)]=I;function r(I){const A=function(I){let A=Math.floor(.75*I.length);const i=I.length;return"="===I[i-1]&&(A-=1,"="===I[i-2]&&(A-=1)),A}(I),i=I.length,C=new Uint8Array(A);let g=0;for(let A=0;A<i;A+=4){const i=o[I.charCodeAt(A)],h=o[I.charCodeAt(A+1)],e=o[I.charCodeAt(A+2)],B=o[I.charCodeAt(A+3)];C[g]=i<<2|h>>4,g+=1,C[g]=(15&h)<<4|e>>2,g+=1,C[g]=(3&e)<<6|63&B,g+=1}return C}const S=16384,U=new g,a=new Map;function J(I,A){return C(this,void 0,void 0,(function*(){let i=null,g=null,h=!1;if("undefined"==typeof WebAssembly)throw new Error("WebAssembly is not supported in this environment!");const e=()=>new DataView(i.exports.memory.buffer).getUint32(i.exports.STATE_SIZE,!0),B=U.dispatch((()=>C(this,void 0,void 0,(function*(){if(!a.has(I.name)){const A=r(I.data),i=WebAssembly.compile(A);a.set(I.name,i)}const A=yield a.get(I.name);i=yield WebAssembly.instantiate(A,{})})))),t=(I=null)=>{h=!0,i.exports.Hash_Init(I)},F=I=>{if(!h)throw new Error("update() called before init()");(I=>{let A=0;for(;A<I.length;){const C=I.subarray(A,A+S);A+=C.length,g.set(C),i.exports.Hash_Update(C.length)}})(Q(I))},n=new Uint8Array(2*A),o=(I,C=null)=>{if(!h)throw new Error("digest() called before init()");return h=!1,i.exports.Hash_Final(C),"binary"===I?g.slice(0,A):f(n,g,A)},J=I=>"string"==typeof I?I.length<4096:I.byteLength<S;let s=J;switch(I.name){case"argon2":case"scrypt":s=()=>!0;break;case"blake2b":case"blake2s":s=(I,A)=>A<=512&&J(I);break;case"blake3":s=(I,A)=>0===A&&J(I);break;case"xxhash64":case"xxhash3":case"xxhash128":case"crc64":s=()=>!1}return yield(()=>C(this,void 0,void 0,(function*(){i||(yield B);const I=i.exports.Hash_GetBuffer(),A=i.exports.memory.buffer;g=new Uint8Array(A,I,S)})))(),{getMemory:()=>g,writeMemory:(I,A=0)=>{g.set(I,A)},getExports:()=>i.exports,setMemorySize:I=>{i.exports.Hash_SetMemorySize(I);const A=i.exports.Hash_GetBuffer(),C=i.exports.memory.buffer;g=new Uint8Array(C,A,I)},init:t,update:F,digest:o,save:()=>{if(!h)throw new Error("save() can only be called after init() and before digest()");const A=i.exports.Hash_GetState(),C=e(),g=i.exports.memory.buffer,B=new Uint8Array(g,A,C),t=new Uint8Array(4+C);return function(I,A){const i=A.length>>1;for(let C=0;C<i;C++){const i=C<<1;I[C]=w(A.charCodeAt(i),A.charCodeAt(i+1))}}(t,I.hash),t.set(B,4),t},load:A=>{if(!(A instanceof Uint8Array))throw new Error("load() expects an Uint8Array generated by save()");const C=i.exports.Hash_GetState(),g=e(),B=4+g,t=i.exports.memory.buffer;if(A.length!==B)throw new Error(`Bad state length (expected ${B} bytes, got ${A.length})`);if(!function(I,A){if(I.length!==2*A.length)return!1;for(let i=0;i<A.length;i++){const C=i<<1;if(A[i]!==w(I.charCodeAt(C),I.charCodeAt(C+1)))return!1}return!0}(I.hash,A.subarray(0,4)))throw new Error("This state was written by an incompatible hash implementation");const F=A.subarray(4);new Uint8Array(t,C,g).set(F),h=!0},calculate:(I,C=null,h=null)=>{if(!s(I,C))return t(C),F(I),o("hex",h);const e=Q(I);return g.set(e),i.exports.Hash_Calculate(e.length,C,h),f(n,g,A)},hashLength:A}}))}const s=new g;let k=null;function V(I){return!Number.isInteger(I)||I<8||I>512||I%8!=0?new Error("Invalid variant! Valid values: 8, 16, ..., 512"):null}function G(I,A){return I|A<<16}I.blake2b=function(I,A=512,g=null){if(V(A))return Promise.reject(V(A));let h=null,e=A;if(null!==g){if(h=Q(g),h.length>64)return Promise.reject(new Error("Max key length is 64 bytes"));e=G(A,h.length)}const B=A/8;if(null===k||k.hashLength!==B)return function(I,A,i){return C(this,void 0,void 0,(function*(){const C=yield I.lock(),g=yield J(A,i);return C(),g}))}(s,i,B).then((A=>(k=A,e>512&&k.writeMemory(h),k.calculate(I,e))));try{e>512&&k.writeMemory(h);const A=k.calculate(I,e);return Promise.resolve(A)}catch(I){return Promise.reject(I)}},I.createBLAKE2b=function(I=512,A=null){if(V(I))return Promise.reject(V(I));let C=null,g=I;if(null!==A){if(C=Q(A),C.length>64)return Promise.reject(new Error("Max key length is 64 bytes"));g=G(I,C.length)}const h=I/8;return J(i,h).then((I=>{g>512&&I.writeMemory(C),I.init(g);const A={init:g>512?()=>(I.writeMemory(C),I.init(g),A):()=>(I.init(g),A),update:i=>(I.update(i),A),digest:A=>I.digest(A),save:()=>I.save(),load:i=>(I.load(i),A),blockSize:128,digestSize:h};return A}))}}));


/***/ }),

/***/ 5211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
            client ??= __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 9792)).then(({ NodeHttpClient }) => new NodeHttpClient(options));
            return client.then((c) => c.request(request));
        },
        close() {
            void client?.then((c) => c.close());
        },
    };
}


/***/ }),

/***/ 9486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyRelease: () => (/* reexport */ verifyRelease)
});

// UNUSED EXPORTS: DEFAULT_SMOKE_TIMEOUT_MS, DOWNLOAD_CONCURRENCY, MAX_POLL_DELAY_MS, POLL_BACKOFF_FACTOR, REMOVE_RETRY_DELAYS_MS, SMOKE_SHELLS, VerifyError, allVerified, checkFile, checkInstall, checkLatest, checkProvenance, compareFiles, createVenv, downloadFile, downloadFiles, downloadReport, expectedFiles, failureLines, fileRows, finalFailures, firstInterpreter, identifyRelease, indexSha256, interpreterHints, interpreterLabel, interpreters, isComplete, isStoreAlias, judgeDownloads, judgeLatest, listedUrls, missingLines, newestFinalRelease, nextPollDelayMs, parsePipReport, parseSmokeShell, pendingDownloads, readListing, releaseFilter, removeTree, seconds, servedSha256, smokeInvocation, smokeShellLabel, topLevelModules, venvLayout, waitForFiles

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/pep440/parse.ts
var parse = __webpack_require__(1695);
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
    return toVersion(v).post !== null;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/pep440/format.ts
var format = __webpack_require__(2621);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/common/format.ts
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

;// CONCATENATED MODULE: ./packages/process/errors.ts
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
class errors_ProcessFailedError extends Error {
    result;
    name = 'ProcessFailedError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}

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
    return Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23)).then(({ spawn }) => new Promise((resolve) => {
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
        return startFailure('not-found', command, '', options.hint);
    if (error.code === 'EACCES')
        return startFailure('not-executable', command, error.code, options.hint);
    return startFailure('failed-to-start', command, error.code ?? error.message, options.hint);
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
        throw startFailure('not-found', command, found.missing, options.hint);
    const comspec = envValue(env, 'COMSPEC', platform) ?? 'cmd.exe';
    return { ...spawnPlan(found.file, args, platform, comspec), shell: false, env, cwd, platform };
}
/** Starts `command` (looked up on PATH as a shell would); throws ProcessError when it cannot start. */
async function startProcess(command, args = [], options = {}) {
    const how = await plan(command, args, options);
    // Loaded when first needed: an action that runs nothing should not pay for it at start-up.
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
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
            throw startFailure('failed-to-start', command, `working directory ${how.cwd} does not exist`);
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

// EXTERNAL MODULE: ./packages/secrets/registry.ts + 1 modules
var registry = __webpack_require__(9827);
;// CONCATENATED MODULE: ./packages/pep440/compare.ts
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
    const x = (0,parse/* canonicalDigits */.Dq)(a);
    const y = (0,parse/* canonicalDigits */.Dq)(b);
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
    const x = (0,parse/* toVersion */.OO)(a);
    const y = (0,parse/* toVersion */.OO)(b);
    return (cmp(x.epoch, y.epoch) ||
        compareNumberLists(withoutTrailingZeros(x.release), withoutTrailingZeros(y.release)) ||
        compareNumberLists(preKey(x), preKey(y)) ||
        compareNumberLists([x.post ?? BELOW], [y.post ?? BELOW]) ||
        compareNumberLists([x.dev ?? ABOVE], [y.dev ?? ABOVE]) ||
        compareLocals(x.local, y.local));
}

;// CONCATENATED MODULE: ./packages/verify/pip-commands.ts
/** The pip command lines of the install check, built as argument arrays (never through a shell). */

/** `--report` (the JSON installation report) arrived in pip 22.2. */
const REPORT_MIN_PIP = '22.2';
/**
 * Settings that could add sources or pre-releases, dropped when the package under test is installed or
 * resolved: it must come from the index alone, and a plain install must mean plain. Transport settings
 * (certificates, timeouts, proxies) are kept.
 */
const SOURCE_SETTINGS = [
    'PIP_INDEX_URL',
    'PIP_EXTRA_INDEX_URL',
    'PIP_FIND_LINKS',
    'PIP_NO_INDEX',
    'PIP_PRE',
    'PIP_CONSTRAINT',
    'PIP_REQUIREMENT',
    'PIP_ONLY_BINARY',
    'PIP_NO_BINARY',
    'PIP_PREFER_BINARY',
    'PIP_UPGRADE',
    'PIP_FORCE_REINSTALL',
    'PIP_IGNORE_INSTALLED',
    'PIP_TARGET',
    'PIP_PREFIX',
    'PIP_USER',
    'PIP_REQUIRE_VIRTUALENV',
];
/** Variables that would make the venv's Python import from elsewhere (any case: Windows ignores it). */
const FOREIGN_PYTHON = new Set(['PYTHONHOME', 'PYTHONPATH']);
/** The environment every pip run gets: no prompts, no version nag, no user site, ASCII-safe output. */
function pipEnv(env) {
    const kept = Object.entries(env).filter(([name]) => !FOREIGN_PYTHON.has(name.toUpperCase()));
    return {
        ...Object.fromEntries(kept),
        PIP_DISABLE_PIP_VERSION_CHECK: '1',
        PIP_NO_INPUT: '1',
        PYTHONIOENCODING: 'utf-8',
    };
}
/**
 * Python's `os.devnull` on `platform`. pip skips every configuration file only when PIP_CONFIG_FILE equals
 * exactly that string: `nul` on Windows, where node's `os.devNull` (`\\.\nul`) would leave them in force.
 */
function pythonNullDevice(platform) {
    return platform === 'win32' ? 'nul' : '/dev/null';
}
/** `pipEnv` without pip's configuration files and without any source setting from the environment. */
function isolatedPipEnv(env, platform) {
    const dropped = new Set([...SOURCE_SETTINGS, 'PIP_CONFIG_FILE']);
    const out = Object.fromEntries(Object.entries(pipEnv(env)).filter(([name]) => !dropped.has(name.toUpperCase())));
    out['PIP_CONFIG_FILE'] = pythonNullDevice(platform);
    return out;
}
/** The simple index URL as pip needs it: with the credentials the repository URL carried, if any. */
function pipIndexUrl(urls) {
    if (!urls.auth)
        return urls.simple;
    const url = new URL(urls.simple);
    url.username = encodeURIComponent(urls.auth.username);
    url.password = encodeURIComponent(urls.auth.password);
    return url.href;
}
/** `--trusted-host` for every plain-http index: pip ignores those otherwise (localhost aside). */
function trustedHostArgs(indexUrls) {
    const hosts = new Set();
    for (const text of indexUrls) {
        const url = URL.canParse(text) ? new URL(text) : null;
        if (url?.protocol === 'http:')
            hosts.add(url.host);
    }
    return [...hosts].flatMap((host) => ['--trusted-host', host]);
}
/**
 * The requirements file of step 1: the exact version, and every release file's sha256 as the only hashes
 * pip may accept, so pip checks the file it downloads against the release's bytes, not the index's word.
 */
function hashedRequirement(requirement, sha256s) {
    return `${[requirement, ...sha256s.map((sha256) => `--hash=sha256:${sha256}`)].join(' ')}\n`;
}
/** Step 1: the package alone, from the index alone, never from a cache, in hash-checking mode. */
function packageInstallArgs(requirementFile, indexUrl, reportPath) {
    return [
        '-m',
        'pip',
        'install',
        '--no-cache-dir',
        '--no-deps',
        '--require-hashes',
        '--index-url',
        indexUrl,
        ...trustedHostArgs([indexUrl]),
        ...(reportPath ? ['--report', reportPath] : []),
        '-r',
        requirementFile,
    ];
}
/**
 * Step 2: its dependencies, from the index and `extraIndexUrls`. The package is already installed, so pip
 * only adds what it needs; pip's own cache applies here (setup-python's `cache: pip` can restore it).
 */
function dependencyInstallArgs(requirement, indexUrl, extraIndexUrls) {
    return [
        '-m',
        'pip',
        'install',
        '--index-url',
        indexUrl,
        ...extraIndexUrls.flatMap((url) => ['--extra-index-url', url]),
        ...trustedHostArgs([indexUrl, ...extraIndexUrls]),
        requirement,
    ];
}
/** check-latest: what a plain `pip install <project>` would pick from the index, resolved but not installed. */
function plainResolveArgs(project, indexUrl, reportPath) {
    return [
        '-m',
        'pip',
        'install',
        '--dry-run',
        '--ignore-installed',
        '--no-deps',
        '--no-cache-dir',
        '--quiet',
        '--index-url',
        indexUrl,
        ...trustedHostArgs([indexUrl]),
        '--report',
        reportPath,
        project,
    ];
}
/** The version in `pip --version` output (`pip 23.0.1 from …`), or null. */
function parsePipVersion(output) {
    const match = /^pip (\S+)/m.exec(output);
    return match?.[1] && (0,parse/* parseVersion */.ot)(match[1]) ? match[1] : null;
}
/** True when this pip writes installation reports. */
function supportsReport(pipVersion) {
    return pipVersion !== null && compareVersions(pipVersion, REPORT_MIN_PIP) >= 0;
}
/** pip's hash-checking failure as one line: the URL it downloaded and the sha256 it got. */
function hashMismatchLine(output) {
    if (!output.includes('DO NOT MATCH THE HASHES'))
        return null;
    const url = /^\s*\S+ from (\S+)/m.exec(output)?.[1];
    const got = /^\s*Got\s+([0-9a-f]{64})/m.exec(output)?.[1];
    if (!url || !got)
        return null;
    return `${url} has sha256 ${got.slice(0, 12)}…, which is none of the release's files`;
}
/**
 * The line of pip's output that says what went wrong: a hash that matched none of the release's files, else
 * its last `ERROR:` line, else its last line.
 */
function pipErrorLine(output) {
    const mismatch = hashMismatchLine(output);
    if (mismatch)
        return mismatch;
    const lines = output
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    const errors = lines.filter((line) => line.startsWith('ERROR:'));
    return (errors[errors.length - 1] ?? lines[lines.length - 1] ?? 'no output').replace(/^ERROR:\s*/, '');
}

// EXTERNAL MODULE: ./packages/dists/names.ts
var names = __webpack_require__(8888);
;// CONCATENATED MODULE: ./packages/verify/pip-report.ts
/** Reading pip's installation report (`--report`, pip 22.2+): which file pip chose for a project, and its hash. */

/** The report's entry for `project` (any spelling), or null when the report does not list it. */
function parsePipReport(text, project) {
    let report;
    try {
        report = JSON.parse(text);
    }
    catch {
        return null;
    }
    const items = Array.isArray(report.install) ? report.install : [];
    const wanted = (0,names/* normalizeProjectName */.yz)(project);
    for (const item of items) {
        const name = item.metadata?.name;
        const version = item.metadata?.version;
        if (typeof name !== 'string' || typeof version !== 'string' || (0,names/* normalizeProjectName */.yz)(name) !== wanted)
            continue;
        const url = typeof item.download_info?.url === 'string' ? item.download_info.url : '';
        const archive = item.download_info?.archive_info;
        const fromHashes = archive?.hashes?.['sha256'];
        const fromHash = typeof archive?.hash === 'string' ? /^sha256=([0-9a-f]{64})$/i.exec(archive.hash)?.[1] : undefined;
        const sha256 = typeof fromHashes === 'string' ? fromHashes : (fromHash ?? null);
        return { name, version, url, filename: filenameOf(url), sha256: sha256?.toLowerCase() ?? null };
    }
    return null;
}
function filenameOf(url) {
    try {
        const path = new URL(url).pathname;
        return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
    }
    catch {
        return url.slice(url.lastIndexOf('/') + 1);
    }
}

;// CONCATENATED MODULE: ./packages/verify/python-scripts.ts
/** The small Python programs run inside the venv. Each writes one JSON document to the file named in argv[1]. */
/**
 * argv: out, project (normalized). The interpreter, and the installed distribution of the project found by
 * normalized name (any spelling of its dist-info works on every Python 3.8+): name, version as
 * `importlib.metadata.version` gives it, and the paths its RECORD lists.
 */
const PROBE_SCRIPT = `
import json, os, platform, re, sys
out, want = sys.argv[1], sys.argv[2]
result = {"python": {"implementation": platform.python_implementation(), "version": platform.python_version(),
                     "executable": os.path.realpath(sys.executable)}}
try:
    import importlib.metadata as md
except ImportError:
    result["error"] = "importlib.metadata is missing: the install check needs Python 3.8 or newer"
else:
    norm = lambda n: re.sub(r"[-_.]+", "-", n or "").lower()
    for dist in md.distributions():
        name = dist.metadata["Name"]
        if norm(name) == want:
            result.update(name=name, version=md.version(name), files=[str(p) for p in (dist.files or [])])
            break
with open(out, "w", encoding="utf-8") as f:
    json.dump(result, f)
`;
/** argv: out, module names. Imports each in turn; a failure is recorded as `Type: message`, not raised. */
const IMPORT_SCRIPT = `
import importlib, json, sys
out, names = sys.argv[1], sys.argv[2:]
results = []
for name in names:
    try:
        module = importlib.import_module(name)
    except BaseException as error:
        results.append({"module": name, "ok": False, "error": f"{type(error).__name__}: {error}".strip()})
    else:
        results.append({"module": name, "ok": True, "file": getattr(module, "__file__", None)})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f)
`;

// EXTERNAL MODULE: ./packages/verify/smoke-shell.ts
var smoke_shell = __webpack_require__(1040);
;// CONCATENATED MODULE: ./packages/verify/top-level-modules.ts
/** The importable top-level modules of an installed distribution, from the paths its RECORD lists. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
// `foo.py`, `foo.pyc` (sourceless), `_foo.cpython-311-x86_64-linux-gnu.so`, `_foo.abi3.so`, `_foo.pyd`.
const MODULE_FILE = /^([A-Za-z_][A-Za-z0-9_]*)(?:\.[^/]*)?\.(?:py|pyc|so|pyd)$/;
/**
 * Module names a wheel installs at the top of site-packages: each package directory holding Python code and
 * each module or extension file. Metadata, `__pycache__`, scripts outside site-packages (`../../bin/x`),
 * `.pth` files, stubs-only and data directories (`numpy.libs`) are skipped. Sorted, private ones included:
 * importing a top-level C extension is exactly the check worth making.
 */
function topLevelModules(paths) {
    const modules = new Set();
    for (const raw of paths) {
        const path = raw.replace(/\\/g, '/').replace(/^\.\//, '');
        if (path.startsWith('../') || path.startsWith('/'))
            continue;
        const [head, ...rest] = path.split('/');
        if (!head)
            continue;
        if (rest.length === 0) {
            const match = MODULE_FILE.exec(head);
            if (match?.[1] && match[1] !== '__init__')
                modules.add(match[1]);
            continue;
        }
        if (!IDENTIFIER.test(head) || head === '__pycache__')
            continue;
        const leaf = rest[rest.length - 1] ?? '';
        if (/\.(?:py|pyc|so|pyd)$/.test(leaf))
            modules.add(head);
    }
    return [...modules].sort();
}

;// CONCATENATED MODULE: ./packages/verify/install-check.ts
/**
 * The install check: the release installed from the index into a fresh venv, exactly as users get it,
 * then imported, its installed version asked of importlib.metadata, and the smoke command run. Five steps,
 * each its own function; the first that finds a problem ends the check.
 */










async function readJson(path) {
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return null;
    }
}
/** Compare pip's chosen file with the release's files by name and hash. */
function judgeInstalledFile(choice, expected) {
    const file = expected.find((f) => f.filename === choice.filename);
    if (!file)
        return `pip installed ${choice.filename} from ${choice.url}, which is not one of the release's files`;
    if (choice.sha256 !== null && choice.sha256 !== file.sha256) {
        return `pip installed ${choice.filename} with sha256 ${choice.sha256.slice(0, 12)}…, the release's file has ${file.sha256.slice(0, 12)}…`;
    }
    return null;
}
/**
 * Step 1: the package alone, fresh from the index and nowhere else, accepted only with the sha256 of one of
 * the release's files; pip's report names the file it took.
 */
async function installPackage(step) {
    const { venv, indexUrl, project, expected } = step.options;
    const reportPath = supportsReport(venv.pipVersion) ? (0,external_node_path_.join)(venv.scratch, 'install-report.json') : null;
    const requirementFile = (0,external_node_path_.join)(venv.scratch, 'requirement.txt');
    const hashes = [...new Set(expected.map((file) => file.sha256))];
    await (0,promises_.writeFile)(requirementFile, hashedRequirement(step.requirement, hashes));
    const install = await step.run(venv.python, packageInstallArgs(requirementFile, indexUrl, reportPath), {
        env: isolatedPipEnv(step.env, process.platform),
    });
    if (install.code !== 0) {
        return `pip install ${step.requirement} from the index failed: ${pipErrorLine(install.stderr || install.stdout)}`;
    }
    if (!reportPath)
        return null;
    const choice = parsePipReport((await (0,promises_.readFile)(reportPath, 'utf8').catch(() => '')) || '', project);
    if (!choice)
        return null;
    const wrong = judgeInstalledFile(choice, expected);
    step.report.installed = { ...choice, matches: wrong === null };
    return wrong;
}
/** Step 2: its dependencies, from the index and the extra indexes. */
async function installDependencies(step) {
    const { venv, indexUrl, extraIndexUrls } = step.options;
    const deps = await step.run(venv.python, dependencyInstallArgs(step.requirement, indexUrl, extraIndexUrls));
    if (deps.code === 0)
        return null;
    const hint = extraIndexUrls.length === 0 ? ' (set extra-index-url to where the dependencies come from)' : '';
    return `installing the dependencies of ${step.requirement} failed: ${pipErrorLine(deps.stderr || deps.stdout)}${hint}`;
}
/** Step 3: what is installed: the version importlib.metadata reports, and the modules it brought. */
async function probeInstalled(step) {
    const { venv, project, version } = step.options;
    const probePath = (0,external_node_path_.join)(venv.scratch, 'probe.json');
    const run = await step.run(venv.python, ['-I', '-c', PROBE_SCRIPT, probePath, project], {
        onLine: undefined,
    });
    const probe = await readJson(probePath);
    if (run.code !== 0 || !probe)
        return { problem: `inspecting the venv failed: ${pipErrorLine(run.stderr)}` };
    step.report.python = probe.python;
    if (probe.error)
        return { problem: probe.error };
    if (probe.version === undefined)
        return { problem: `pip reported success, but no distribution named ${project} is installed` };
    step.report.installedVersion = probe.version;
    if ((0,format/* normalizeVersion */.Qj)(probe.version) !== version) {
        return {
            problem: `importlib.metadata.version('${probe.name ?? project}') is ${probe.version}, expected ${version}`,
        };
    }
    return { files: probe.files ?? [] };
}
/** Step 4: import every module, in a directory with nothing to import from but the venv. */
async function importModules(step, installedFiles) {
    const { venv, importNames } = step.options;
    const modules = importNames.length > 0 ? [...importNames] : topLevelModules(installedFiles);
    if (modules.length === 0) {
        return `${step.requirement} installs no importable top-level module: set import-names to the modules to import`;
    }
    const importsPath = (0,external_node_path_.join)(venv.scratch, 'imports.json');
    const run = await step.run(venv.python, ['-I', '-c', IMPORT_SCRIPT, importsPath, ...modules]);
    step.report.imports = (await readJson(importsPath)) ?? [];
    const failed = step.report.imports.find((result) => !result.ok);
    if (failed)
        return `import ${failed.module} failed: ${failed.error ?? 'unknown error'}`;
    if (run.code !== 0 || step.report.imports.length < modules.length) {
        const crashed = modules[step.report.imports.length] ?? modules[modules.length - 1];
        return `import ${crashed} crashed the interpreter (it ${describeExit(run)})`;
    }
    return null;
}
/** Default limit on the smoke command: 10 minutes. */
const DEFAULT_SMOKE_TIMEOUT_MS = 10 * 60_000;
/** Step 5: the user's smoke command, from a script run by its shell, with the venv first on PATH. */
async function runSmoke(step, command) {
    const { venv } = step.options;
    const shell = step.options.smokeShell ?? { name: 'bash' };
    const env = { ...pipEnv(step.env), VIRTUAL_ENV: venv.dir };
    const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
    env[pathKey] = [venv.bin, env[pathKey]].filter(Boolean).join(external_node_path_.delimiter);
    const script = (0,smoke_shell/* smokeInvocation */.AJ)(shell, command, venv.scratch, process.platform);
    await (0,promises_.writeFile)(script.scriptPath, script.contents);
    const smoke = await step.run(script.command, script.args, {
        env,
        timeoutMs: step.options.smokeTimeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS,
        hint: 'install it or set smoke-shell to a shell this runner has (bash is on every GitHub runner)',
    });
    step.report.smoke = {
        command,
        shell: (0,smoke_shell/* smokeShellLabel */.cq)(shell),
        exitCode: smoke.code,
        timedOut: smoke.timedOut,
    };
    return smoke.code === 0 ? null : `smoke-command ${describeExit(smoke)}: ${command}`;
}
/** Run the install check in `venv`; failures come back as `problem`, never thrown (bad setup aside). */
async function checkInstall(options) {
    const log = options.log ?? (() => { });
    const env = options.env ?? process.env;
    const report = {
        ok: false,
        requirement: `${options.project}==${options.version}`,
        pipVersion: options.venv.pipVersion,
        importNamesFrom: options.importNames.length > 0 ? 'input' : 'wheel',
        imports: [],
    };
    const step = {
        options,
        report,
        env,
        requirement: report.requirement,
        run: (command, args, extra = {}) => runProcess(command, args, {
            cwd: options.venv.scratch,
            env: pipEnv(env),
            onLine: (line) => log((0,registry/* redact */.E$)(line)),
            ...extra,
        }),
    };
    const fail = (problem) => ({ ...report, ok: false, problem: (0,registry/* redact */.E$)(problem) });
    const problem = (await installPackage(step)) ?? (await installDependencies(step));
    if (problem)
        return fail(problem);
    const probe = await probeInstalled(step);
    if ('problem' in probe)
        return fail(probe.problem);
    const imported = await importModules(step, probe.files);
    if (imported)
        return fail(imported);
    const smoke = options.smokeCommand ? await runSmoke(step, options.smokeCommand) : null;
    return smoke ? fail(smoke) : { ...report, ok: true };
}

// EXTERNAL MODULE: ./packages/dists/dist-filename.ts + 3 modules
var dist_filename = __webpack_require__(6984);
;// CONCATENATED MODULE: ./packages/verify/check-latest.ts
/** check-latest: after a dev or pre-release, a plain `pip install <project>` must still pick the newest final release. */








/** The newest version on the project page that is neither a pre- nor a dev release and has a file not yanked. */
function newestFinalRelease(page, project) {
    let newest = null;
    for (const file of page?.files ?? []) {
        if (file.yanked)
            continue;
        let version;
        try {
            const parsed = (0,dist_filename/* parseDistFilename */.h)(file.filename);
            if (parsed.name !== project)
                continue;
            version = parsed.version;
        }
        catch {
            continue;
        }
        if (isPrerelease(version))
            continue;
        if (newest === null || compareVersions(version, newest) > 0)
            newest = version;
    }
    return newest;
}
/**
 * The rule. A pre-release picked while a final release exists fails. No final release at all passes: there is
 * nothing a dev release could take the place of. A final other than the newest passes with a warning.
 */
function judgeLatest(project, picked, newestFinal) {
    const plain = `a plain 'pip install ${project}'`;
    if (newestFinal === null) {
        return {
            ok: true,
            picked,
            newestFinal,
            note: `${project} has no final release on the index yet, so ${plain} gets ${picked ?? 'nothing'}; nothing to protect`,
        };
    }
    if (picked === null) {
        return {
            ok: false,
            picked,
            newestFinal,
            note: `${plain} finds no version, though ${newestFinal} is a final release`,
        };
    }
    if (isPrerelease(picked)) {
        return {
            ok: false,
            picked,
            newestFinal,
            note: `${plain} now resolves to ${picked}, a pre-release, instead of the final release ${newestFinal}: yank ${picked} or publish a final release above it`,
        };
    }
    if (compareVersions(picked, newestFinal) !== 0) {
        const warning = `${plain} resolves to ${picked}, not the newest final release ${newestFinal} (its files may not suit this Python or platform)`;
        return { ok: true, picked, newestFinal, warning, note: warning };
    }
    return {
        ok: true,
        picked,
        newestFinal,
        note: `${plain} still resolves to ${picked}, the newest final release`,
    };
}
/** Ask pip, in `venv`, what a plain install of `project` from the index resolves to; then judge it. */
async function checkLatest(options) {
    const { venv, project } = options;
    const newestFinal = newestFinalRelease(options.simplePage, project);
    if (!supportsReport(venv.pipVersion)) {
        return {
            ok: false,
            picked: null,
            newestFinal,
            note: `check-latest needs pip ${REPORT_MIN_PIP} or newer in the venv, which has ${venv.pipVersion ?? 'an unknown pip'}: use a newer Python or set check-latest: false`,
        };
    }
    const reportPath = (0,external_node_path_.join)(venv.scratch, 'latest-report.json');
    const run = await runProcess(venv.python, plainResolveArgs(project, options.indexUrl, reportPath), {
        cwd: venv.scratch,
        env: isolatedPipEnv(options.env ?? process.env, process.platform),
    });
    let picked = null;
    if (run.code === 0) {
        picked = parsePipReport(await (0,promises_.readFile)(reportPath, 'utf8').catch(() => ''), project)?.version ?? null;
    }
    else if (newestFinal !== null) {
        return {
            ok: false,
            picked,
            newestFinal,
            note: (0,registry/* redact */.E$)(`a plain 'pip install ${project}' fails: ${pipErrorLine(run.stderr || run.stdout)}`),
        };
    }
    return judgeLatest(project, picked, newestFinal);
}

// EXTERNAL MODULE: ./packages/attestations/parse.ts
var attestations_parse = __webpack_require__(7119);
// EXTERNAL MODULE: ./packages/attestations/errors.ts
var errors = __webpack_require__(6281);
// EXTERNAL MODULE: ./packages/pypi/http-client.ts
var http_client = __webpack_require__(5211);
;// CONCATENATED MODULE: ./packages/pypi/default-client.ts
/** The HTTP client used when a caller passes none: one per process, so keep-alive connections are shared. */

let shared;
/** The process-wide client (proxy settings read from process.env when first used). */
function defaultHttpClient() {
    shared ??= (0,http_client/* createHttpClient */.u)();
    return shared;
}

;// CONCATENATED MODULE: ./packages/verify/check-provenance.ts
/**
 * PEP 740 provenance of a release, proven: for each file, the provenance the index serves, every
 * attestation in it verified with Sigstore against the trust root, about that file and its sha256, and
 * signed by the expected publisher (repository and workflow). `auto` checks when the index serves
 * provenance for any file of the release; then a file without any is a failure too.
 */


/** Checks the provenance of every expected file, as the index's simple page links it. */
async function checkProvenance(expected, page, options) {
    if (options.mode === 'off')
        return skipped('provenance not checked (verify-provenance: false)');
    const byName = new Map(page?.files.map((f) => [f.filename, f]) ?? []);
    const served = expected.filter((f) => typeof byName.get(f.filename)?.provenance === 'string');
    if (options.mode === 'auto' && served.length === 0)
        return skipped('provenance not checked: the index serves none for this release (verify-provenance: auto)');
    const verify = await options.createVerifier();
    const client = options.client ?? defaultHttpClient();
    const files = [];
    for (const file of expected) {
        const url = byName.get(file.filename)?.provenance;
        files.push(typeof url === 'string'
            ? await checkFile(file, url, client, verify, options.publisher)
            : {
                filename: file.filename,
                status: 'missing',
                problem: `${file.filename}: the index serves no provenance (PEP 740 attestation) for it`,
            });
    }
    const problems = files.flatMap((row) => (row.problem ? [row.problem] : []));
    const verified = files.length - problems.length;
    return {
        checked: true,
        note: `provenance: ${verified} of ${files.length} file(s) attested by ${options.publisher.repository} (${options.publisher.workflow}), verified with Sigstore`,
        files,
        problems,
    };
}
function skipped(note) {
    return { checked: false, note, files: [], problems: [] };
}
async function checkFile(file, url, client, verify, publisher) {
    const fail = (problem) => ({
        filename: file.filename,
        status: 'failed',
        problem: `${file.filename}: ${problem}`,
    });
    let body;
    try {
        const response = await client.request({
            method: 'GET',
            url,
            headers: { Accept: 'application/json' },
            timeoutMs: 30_000,
        });
        if (response.status === 404)
            return { ...fail(`no provenance at ${url} (404)`), status: 'missing' };
        if (response.status !== 200)
            return fail(`provenance at ${url} answered ${response.status} ${response.reason}`);
        body = JSON.parse(response.body.toString('utf8'));
    }
    catch (error) {
        return fail(`provenance at ${url} could not be read: ${error.message}`);
    }
    const provenance = (0,attestations_parse/* parseProvenance */.X6)(body);
    if (!provenance.ok)
        return fail(`provenance at ${url} is malformed: ${provenance.problem}`);
    const attestations = provenance.value.attestation_bundles.flatMap((b) => b.attestations);
    if (attestations.length === 0)
        return { ...fail('its provenance holds no attestation'), status: 'missing' };
    let row = null;
    for (const attestation of attestations) {
        try {
            const verified = verify(attestation, file, publisher);
            if (verified.predicateType.endsWith('/publish/v1') || !row)
                row = {
                    filename: file.filename,
                    status: 'verified',
                    logIndex: verified.logIndex,
                    signer: verified.signer,
                };
        }
        catch (error) {
            if (!(error instanceof errors/* AttestationError */.L))
                throw error;
            return fail(error.message);
        }
    }
    return row ?? fail('no attestation verified');
}

// EXTERNAL MODULE: ./packages/verify/errors.ts
var verify_errors = __webpack_require__(2027);
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

// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/blake2b.umd.min.js
var blake2b_umd_min = __webpack_require__(6427);
var blake2b_umd_min_default = /*#__PURE__*/__webpack_require__.n(blake2b_umd_min);
;// CONCATENATED MODULE: ./packages/dists/blake2b.ts
/**
 * blake2b from hash-wasm's blake2b-only build (16 KB) rather than its index, which carries every
 * algorithm's WebAssembly (216 KB) into each bundle. That build is a UMD file without type declarations
 * of its own: its default export is hash-wasm's module object, typed here from the package's declarations.
 */

/** A blake2b hasher of `bits` output bits (256 for PyPI's blake2_256). */
const createBLAKE2b = (blake2b_umd_min_default()).createBLAKE2b;

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

;// CONCATENATED MODULE: ./packages/dists/digest-names.ts
/** The digests beside sha256 by name alone: an action checks its input against them without loading the hashers. */
const EXTRA_DIGESTS = ['md5', 'blake2_256'];

;// CONCATENATED MODULE: ./packages/dists/lazy-modules.ts
/**
 * node:zlib and node:crypto, loaded with their first use rather than at every action's start-up, and then once
 * per process. In a bundle each `await import('node:…')` builds a fresh namespace object (a getter for every
 * export, about a hundred each): imported per file read or hashed, that was some 80 KiB of garbage per
 * artifact, promoted to the old generation when a read outlived two young-generation collections.
 */
let zlib;
let lazy_modules_crypto;
/** node:zlib, imported on first call. */
function loadZlib() {
    return (zlib ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23)));
}
/** node:crypto, imported on first call. */
function loadCrypto() {
    return (lazy_modules_crypto ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23)));
}

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
        const { createHash } = await loadCrypto();
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

;// CONCATENATED MODULE: ./packages/common/map-limit.ts
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

;// CONCATENATED MODULE: ./packages/verify/expected-files.ts
/** The files the release must consist of (artifacts' releaseFiles), with the size and sha256 each must have. */



/** Files hashed at once: enough to keep a disk busy, few enough to keep memory flat. */
const HASH_CONCURRENCY = 8;
/** Size and sha256 of a file as the manifest records it, or as hashed now for a file found in a directory. */
async function expectedFile(file) {
    if (file.expected)
        return { filename: file.filename, size: file.expected.size, sha256: file.expected.sha256 };
    const { size, sha256 } = await hashFile(file.path, []);
    return { filename: file.filename, size, sha256 };
}
/** The release's files from a manifest (trusted as written) or a directory (hashed here, a few at a time). */
async function expectedFiles(source) {
    const release = await releaseFiles(source);
    const files = await mapWithLimit(release.files, HASH_CONCURRENCY, expectedFile);
    return { files: files, source: release.source };
}

// EXTERNAL MODULE: ./packages/dists/errors.ts
var dists_errors = __webpack_require__(8809);
;// CONCATENATED MODULE: ./packages/verify/release-identity.ts
/** Which project and version the expected files are: from the name and version asked for, or from the filenames. */



const list = (values) => [...new Set(values)].sort().join(', ');
/**
 * Settle project and version. A name picks that project's files out of a set holding several; a version must
 * match every file's. Without them, the files must agree. `source` names the manifest or directory in errors.
 */
function identifyRelease(files, wanted, source) {
    const parsed = files.map((file) => {
        try {
            return { file, dist: (0,dist_filename/* parseDistFilename */.h)(file.filename) };
        }
        catch (error) {
            if (error instanceof dists_errors/* DistError */.b)
                throw new verify_errors/* VerifyError */.G(`${source}: ${error.message}`);
            throw error;
        }
    });
    let project;
    if (wanted.name) {
        if (!(0,names/* isValidProjectName */.FE)(wanted.name)) {
            throw new verify_errors/* VerifyError */.G(`name '${wanted.name}' is not a valid project name: use the name from pyproject.toml`);
        }
        project = (0,names/* normalizeProjectName */.yz)(wanted.name);
    }
    else {
        const names = new Set(parsed.map(({ dist }) => dist.name));
        if (names.size > 1) {
            throw new verify_errors/* VerifyError */.G(`${source} holds files of several projects (${list(names)}): set name to the one to verify`);
        }
        project = [...names][0] ?? '';
    }
    const mine = parsed.filter(({ dist }) => dist.name === project);
    if (mine.length === 0) {
        throw new verify_errors/* VerifyError */.G(`${source} has no files of project '${project}' (it has ${list(parsed.map(({ dist }) => dist.name))}): fix name or the files`);
    }
    let version;
    if (wanted.version) {
        const normalized = (0,format/* normalizeVersion */.Qj)(wanted.version);
        if (normalized === null) {
            throw new verify_errors/* VerifyError */.G(`version '${wanted.version}' is not a PEP 440 version: use e.g. 1.2.0, 1.2.0rc1 or 1.2.1.dev3`);
        }
        version = normalized;
        const other = mine.find(({ dist }) => dist.version !== version);
        if (other) {
            throw new verify_errors/* VerifyError */.G(`${other.file.filename} in ${source} is version ${other.dist.version}, not ${version}: verify the files that were published, or fix version`);
        }
    }
    else {
        const versions = new Set(mine.map(({ dist }) => dist.version));
        if (versions.size > 1) {
            throw new verify_errors/* VerifyError */.G(`${source} holds several versions of ${project} (${list(versions)}): keep one release's files there, or set version`);
        }
        version = [...versions][0] ?? '';
    }
    return { project, version, files: mine.map(({ file }) => file) };
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
function retry_parseRetryAfter(value, nowMs) {
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

;// CONCATENATED MODULE: ./packages/verify/compare-files.ts
const API_NAME = { json: 'JSON API', simple: 'simple API' };
const compare_files_short = (sha256) => sha256.slice(0, 12);
/** Why one API's entry disagrees with the local file, or null when it agrees (or is absent). */
function disagreement(local, entry) {
    if (entry.sha256 === undefined)
        return 'unverifiable';
    if (entry.sha256 !== local.sha256)
        return 'mismatch';
    if (entry.size !== undefined && entry.size !== local.size)
        return 'mismatch';
    return null;
}
function describe(api, local, entry) {
    const where = `the ${API_NAME[api]}`;
    if (entry.sha256 === undefined)
        return `${local.filename}: ${where} lists it without a sha256 hash, so it cannot be compared`;
    if (entry.sha256 !== local.sha256) {
        return `${local.filename}: ${where} serves sha256 ${compare_files_short(entry.sha256)}…, the local file has ${compare_files_short(local.sha256)}… — a different file was uploaded under this name`;
    }
    return `${local.filename}: ${where} says ${entry.size} bytes, the local file has ${local.size}`;
}
/** Compare one expected file with what both APIs list. */
function compare_files_checkFile(local, listing) {
    const json = listing.json?.get(local.filename) ?? null;
    const simple = listing.simple?.get(local.filename) ?? null;
    const base = { filename: local.filename, local, json, simple };
    // A wrong file is final whatever the other API says: PyPI never lets a filename be reused.
    for (const status of ['mismatch', 'unverifiable']) {
        for (const api of ['json', 'simple']) {
            const entry = api === 'json' ? json : simple;
            if (entry && disagreement(local, entry) === status) {
                return { ...base, status, problem: describe(api, local, entry) };
            }
        }
    }
    if (json && simple)
        return { ...base, status: 'ok' };
    const absent = [!json && API_NAME.json, !simple && API_NAME.simple].filter(Boolean).join(' or the ');
    return { ...base, status: 'missing', problem: `${local.filename}: not yet on the ${absent}` };
}
/**
 * Every expected file checked, in the given order, followed by the files the index lists for this release
 * that were not expected (sorted by name). `releaseFiles` decides which simple-page files belong to the
 * release (the JSON release page lists only its own).
 */
function compareFiles(expected, listing, belongsToRelease = () => true) {
    const checks = expected.map((file) => compare_files_checkFile(file, listing));
    const known = new Set(expected.map((file) => file.filename));
    const extra = new Set();
    for (const name of listing.json?.keys() ?? [])
        if (!known.has(name))
            extra.add(name);
    for (const name of listing.simple?.keys() ?? [])
        if (!known.has(name) && belongsToRelease(name))
            extra.add(name);
    for (const filename of [...extra].sort()) {
        checks.push({
            filename,
            status: 'unexpected',
            local: null,
            json: listing.json?.get(filename) ?? null,
            simple: listing.simple?.get(filename) ?? null,
            problem: `${filename}: on the index for this release, but not among the expected files`,
        });
    }
    return checks;
}
/** True when the checks prove the release: every expected file `ok` (unexpected files do not count). */
function allVerified(checks) {
    return checks.every((check) => check.status === 'ok' || check.status === 'unexpected');
}
/** The checks that end the wait at once: a file served with another hash or size, or without a hash. */
function finalFailures(checks) {
    return checks.filter((check) => check.status === 'mismatch' || check.status === 'unverifiable');
}

;// CONCATENATED MODULE: ./packages/pypi/auth.ts

/** An API token as PyPI expects it: user `__token__`, the token as password; registered for redaction. */
function apiTokenAuth(token) {
    return passwordAuth('__token__', token);
}
/** A user name and password (for indexes without tokens); the password is registered for redaction. */
function passwordAuth(username, password) {
    registerBasicAuth(username, password);
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

// EXTERNAL MODULE: ./packages/pypi/errors.ts
var pypi_errors = __webpack_require__(2448);
;// CONCATENATED MODULE: ./packages/verify/download-files.ts
/**
 * Downloading the files the index lists and hashing them as they stream in: a few at a time, each through
 * one sha256, never a whole file in memory. This is what proves the index serves the released bytes, not
 * only that it lists their hash.
 */



/** Downloads in flight at once: the HTTP client's connections per host. */
const DOWNLOAD_CONCURRENCY = 4;
/** Redirects followed (indexes that keep files in object storage answer a download with one). */
const MAX_REDIRECTS = 5;
/** Longer than the release's file: stop reading, the bytes cannot be the right ones. */
class TooLong extends Error {
}
/** Credentials go only to the index's own origins, never to a CDN or storage it redirects to. */
function indexOrigins(urls) {
    return new Set([urls.simple, urls.json].map((url) => new URL(url).origin));
}
async function fetchOnce(url, request, context) {
    const digest = await DigestAccumulator.create([]);
    let size = 0;
    const headers = { 'Accept-Encoding': 'identity' };
    if (context.urls.auth && indexOrigins(context.urls).has(new URL(url).origin))
        headers['Authorization'] = basicAuthorization(context.urls.auth);
    const hash = (chunk) => {
        size += chunk.length;
        if (size > request.expectedSize)
            throw new TooLong();
        digest.update(chunk);
    };
    try {
        const response = await context.client.request({
            method: 'GET',
            url,
            headers,
            bodySink: (status) => (status === 200 ? hash : null),
        });
        const location = response.headers.location;
        if (response.status >= 300 && response.status < 400 && location)
            return { redirect: new URL(location, url).href };
        if (response.status === 200)
            return { url: request.url, sha256: digest.digest().sha256, size };
        const status = `${response.status} ${response.reason}`.trim();
        const retry = response.status === 429 || response.status >= 500;
        return unavailable(request, `GET ${url}: ${status}`, retry);
    }
    catch (error) {
        if (error instanceof TooLong)
            return { url: request.url, sha256: null, size };
        if (error instanceof pypi_errors/* NetworkError */.Dr)
            return unavailable(request, error.message, true);
        throw error;
    }
}
function unavailable(request, error, retry) {
    return { url: request.url, sha256: null, size: 0, error, retry };
}
/** Download one listed file (following redirects; network errors, 429 and 5xx retried briefly) and hash it. */
async function downloadFile(request, context) {
    const { result } = await withRetries(async () => {
        let url = request.url;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const attempt = await fetchOnce(url, request, context);
            if (!('redirect' in attempt))
                return attempt;
            url = attempt.redirect;
        }
        return unavailable(request, `GET ${request.url}: more than ${MAX_REDIRECTS} redirects`, false);
    }, (download) => download.error && download.retry ? { retry: true, reason: download.error } : { retry: false }, context);
    return result;
}
/** Download every request, `DOWNLOAD_CONCURRENCY` at a time; results in the order asked. */
async function downloadFiles(requests, download) {
    return (await mapWithLimit(requests, DOWNLOAD_CONCURRENCY, download));
}

;// CONCATENATED MODULE: ./packages/verify/judge-downloads.ts
const judge_downloads_short = (sha256) => sha256.slice(0, 12);
/** Every URL the two APIs list the file at (normally one, the same on both). */
function listedUrls(check) {
    return [...new Set([check.json?.url, check.simple?.url].filter((url) => !!url))];
}
/** True when a download got the whole body (right or wrong), so that trying again cannot change the verdict. */
function isComplete(download) {
    return download !== undefined && download.error === undefined;
}
/** The downloads still to make: each URL of a file listed `ok` without a complete download yet. */
function pendingDownloads(checks, downloads) {
    const pending = new Map();
    for (const check of checks) {
        if (check.status !== 'ok' || !check.local)
            continue;
        for (const url of listedUrls(check))
            if (!isComplete(downloads.get(url)))
                pending.set(url, { url, expectedSize: check.local.size });
    }
    return [...pending.values()];
}
function servedOther(check, download) {
    const local = check.local;
    const what = download.sha256 === null
        ? `more than the ${local?.size} bytes of the local file`
        : `sha256 ${judge_downloads_short(download.sha256)}… (${download.size} bytes), the local file has ${judge_downloads_short(local?.sha256 ?? '')}… (${local?.size} bytes)`;
    return `${check.filename}: ${download.url} serves ${what} — the index lists the right hash but serves other bytes`;
}
/** A check the listings found `ok`, judged again by what each of its URLs served. Others pass unchanged. */
function judgeDownloads(check, downloads) {
    if (check.status !== 'ok' || !check.local)
        return check;
    const urls = listedUrls(check);
    if (urls.length === 0) {
        const problem = `${check.filename}: the index lists no URL to download it from, so its bytes cannot be checked`;
        return { ...check, status: 'unverifiable', problem };
    }
    const served = urls.map((url) => downloads.get(url));
    const local = check.local;
    const done = served.filter((d) => isComplete(d));
    const wrong = done.find((d) => d.sha256 !== local.sha256 || d.size !== local.size);
    if (wrong)
        return { ...check, status: 'mismatch', problem: servedOther(check, wrong), downloads: done };
    if (done.length === urls.length)
        return { ...check, downloads: done };
    const failed = served.find((d) => d?.error)?.error;
    const problem = `${check.filename}: listed with the right hash, but not downloaded yet${failed ? ` (${failed})` : ''}`;
    return { ...check, status: 'missing', problem, downloads: done };
}

;// CONCATENATED MODULE: ./packages/verify/poll-delay.ts
/** How long to wait before the next look at the index. */
/** Growth of the wait after each unsuccessful poll. */
const POLL_BACKOFF_FACTOR = 1.5;
/** The wait never grows beyond this (or beyond the interval, if that is longer). */
const MAX_POLL_DELAY_MS = 60_000;
/**
 * The wait after poll number `round` (0 for the first): `interval · 1.5^round`, capped at a minute (or at
 * the interval when that is longer), and never past the deadline, so the last poll happens at the timeout.
 * Deterministic: one client polling needs no jitter, and tests need none either.
 */
function nextPollDelayMs(round, intervalMs, remainingMs) {
    const cap = Math.max(intervalMs, MAX_POLL_DELAY_MS);
    const grown = Math.min(cap, intervalMs * POLL_BACKOFF_FACTOR ** Math.max(0, round));
    return Math.max(0, Math.min(Math.round(grown), remainingMs));
}

// EXTERNAL MODULE: ./packages/pypi/index-urls.ts
var index_urls = __webpack_require__(302);
;// CONCATENATED MODULE: ./packages/pypi/upload-outcome.ts


// twine's skip-existing rules, plus the status codes other indexes use for a taken filename.
const ALREADY_EXISTS = (/* unused pure expression or super */ null && ([/already exist/i, /updating asset/i, /already been taken/i, /overwrite artifact/i]));
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
            message: redact(`${status} redirect to ${location}: uploads never follow redirects (the POST would become a GET); ` +
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
    const message = redact(error.message);
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
            if (err instanceof pypi_errors/* NetworkError */.Dr)
                return { error: err };
            throw err;
        }
    }, ({ response, error }) => {
        if (error)
            return { retry: true, reason: error.message };
        const status = response?.status ?? 0;
        if (status === 429 || status >= 500) {
            const retryAfterMs = retry_parseRetryAfter(response?.headers['retry-after'], now());
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
    const url = (0,index_urls/* jsonApiUrl */.Cx)(urls, project, version);
    const response = await getWithRetries(urls, url, { Accept: 'application/json' }, { ...options, bustQuery: true });
    if (response.status === 404 || response.status === 410)
        return null;
    if (response.status !== 200)
        throw new pypi_errors/* IndexResponseError */.w_(`GET ${url}: ${responseMessage(response)}`, url, response.status);
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
        throw new pypi_errors/* PypiError */.pk(`${url} did not return JSON`);
    }
    const info = json.info;
    if (!info ||
        typeof info.name !== 'string' ||
        typeof info.version !== 'string' ||
        !Array.isArray(json.urls)) {
        throw new pypi_errors/* PypiError */.pk(`${url} is not a JSON API release page: 'info.name', 'info.version' or 'urls' missing`);
    }
    const files = json.urls.map((entry) => releaseFile(entry, url));
    return { name: info.name, version: info.version, files, yanked: info.yanked === true, url };
}
function releaseFile(entry, pageUrl) {
    const sha256 = entry.digests?.sha256;
    if (typeof entry.filename !== 'string' || typeof sha256 !== 'string') {
        throw new pypi_errors/* PypiError */.pk(`${pageUrl} lists a file without filename or digests.sha256`);
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
    const url = (0,index_urls/* simpleProjectUrl */.bn)(urls, project);
    const response = await getWithRetries(urls, url, { Accept: SIMPLE_ACCEPT }, options);
    if (response.status === 404 || response.status === 410)
        return null;
    if (response.status !== 200) {
        throw new pypi_errors/* IndexResponseError */.w_(`GET ${url}: ${responseMessage(response)}`, url, response.status);
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
        throw new pypi_errors/* PypiError */.pk(`${pageUrl} is not valid PEP 691 JSON`);
    }
    if (typeof json.name !== 'string' || !Array.isArray(json.files)) {
        throw new pypi_errors/* PypiError */.pk(`${pageUrl} is not a PEP 691 project page: 'name' or 'files' missing`);
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

;// CONCATENATED MODULE: ./packages/verify/read-listing.ts
/** One look at the index: the release's JSON page and the project's simple page, read at the same time. */



/** Retries inside one look stay short: the poll loop itself is the long retry. */
const POLL_READ_POLICY = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 4_000 };
/**
 * True for failures that time may cure: no response, 429 or 5xx, and an answer that cannot be read (not
 * JSON, not a project page, empty, cut short): CDNs and proxies serve error pages with a 200 too. A 4xx
 * other than 429 is the caller's to fix, and so is anything that is not the index client's error.
 */
function isTransient(error) {
    if (error instanceof pypi_errors/* IndexResponseError */.w_)
        return error.status === 429 || error.status >= 500;
    return error instanceof pypi_errors/* NetworkError */.Dr || (error instanceof pypi_errors/* PypiError */.pk && !(error instanceof pypi_errors/* IndexUrlError */.gS));
}
/** The JSON API's files by name. */
function jsonEntries(release) {
    if (!release)
        return null;
    return new Map(release.files.map((file) => {
        const entry = { sha256: file.digests.sha256, yanked: file.yanked };
        if (file.size >= 0)
            entry.size = file.size;
        if (file.url && URL.canParse(file.url, release.url))
            entry.url = new URL(file.url, release.url).href;
        return [file.filename, entry];
    }));
}
/** The simple page's files by name (the whole project: every version). */
function simpleEntries(page) {
    if (!page)
        return null;
    return new Map(page.files.map((file) => {
        const entry = { url: file.url, yanked: file.yanked };
        if (file.hashes['sha256'])
            entry.sha256 = file.hashes['sha256'];
        if (file.size !== undefined)
            entry.size = file.size;
        return [file.filename, entry];
    }));
}
/** Whether a filename on the project page belongs to `project` at `version` (both normalized). */
function releaseFilter(project, version) {
    return (filename) => {
        try {
            const parsed = (0,dist_filename/* parseDistFilename */.h)(filename);
            return parsed.name === project && parsed.version === version;
        }
        catch {
            return false; // eggs, .exe installers and other legacy files on old projects
        }
    };
}
async function settle(read, errors) {
    try {
        return await read;
    }
    catch (error) {
        if (!isTransient(error))
            throw fatal(error);
        errors.push(error.message);
        return null;
    }
}
function fatal(error) {
    if (error instanceof pypi_errors/* IndexResponseError */.w_) {
        const fix = error.status === 401 || error.status === 403
            ? 'check repository-url and the credentials in it'
            : 'check repository-url';
        return new verify_errors/* VerifyError */.G(`${error.message}; ${fix}`);
    }
    return error;
}
/** Read both APIs once, fresh past any cache; 404s are "not there yet", transient failures are reported, others thrown. */
async function readListing(urls, project, version, options = {}) {
    const errors = [];
    const read = { policy: POLL_READ_POLICY, timeoutMs: 30_000, ...options, fresh: true };
    const [release, simplePage] = await Promise.all([
        settle(fetchReleaseJson(urls, project, version, read), errors),
        settle(fetchSimpleProject(urls, project, read), errors),
    ]);
    return { listing: { json: jsonEntries(release), simple: simpleEntries(simplePage) }, simplePage, errors };
}

;// CONCATENATED MODULE: ./packages/verify/wait-for-files.ts
/**
 * Polling the index until it lists and serves every expected file with the right hash, a file is wrong, or
 * time runs out.
 */






function recordSeen(firstSeen, listing, elapsedMs) {
    for (const api of ['json', 'simple']) {
        for (const filename of listing[api]?.keys() ?? []) {
            const seen = firstSeen.get(filename) ?? {};
            seen[api] ??= elapsedMs;
            firstSeen.set(filename, seen);
        }
    }
}
function progress(checks, listing) {
    const expected = checks.filter((c) => c.local);
    const ok = expected.filter((c) => c.status === 'ok').length;
    const onJson = expected.filter((c) => c.json).length;
    const onSimple = expected.filter((c) => c.simple).length;
    const apis = `JSON API ${listing.json ? onJson : 'no release page'}, simple API ${listing.simple ? onSimple : 'no project page'}`;
    return `${ok}/${expected.length} files served with the right hash (${apis})`;
}
function looker(options, clock) {
    const belongs = releaseFilter(options.project, options.version);
    const client = options.client ?? defaultHttpClient();
    const read = options.read ?? (() => readListing(options.urls, options.project, options.version, { clock, client }));
    const context = { urls: options.urls, client, clock, policy: POLL_READ_POLICY };
    const fetchFile = options.fetchFile ?? ((request) => downloadFile(request, context));
    const downloads = new Map();
    return async () => {
        const found = await read();
        const checks = compareFiles(options.expected, found.listing, belongs);
        if (options.download === false)
            return { ...found, checks };
        const fetched = await downloadFiles(pendingDownloads(checks, downloads), fetchFile);
        for (const download of fetched) {
            downloads.set(download.url, download);
            if (download.error)
                found.errors.push(download.error);
        }
        return { ...found, checks: checks.map((check) => judgeDownloads(check, downloads)) };
    };
}
/** Poll until verified, failed or timed out; the first look is immediate, later ones back off. */
async function waitForFiles(options) {
    const clock = options.clock ?? systemClock;
    const log = options.log ?? (() => { });
    const look = looker(options, clock);
    const start = clock.now();
    const firstSeen = new Map();
    for (let poll = 1;; poll++) {
        // Time is counted to the start of each look: a release already served has waited 0 s.
        const elapsed = clock.now() - start;
        const { listing, simplePage, errors, checks } = await look();
        recordSeen(firstSeen, listing, elapsed);
        const done = (outcome) => ({
            outcome,
            checks,
            waitedMs: elapsed,
            polls: poll,
            firstSeen,
            lastErrors: errors,
            simplePage,
        });
        if (finalFailures(checks).length > 0)
            return done('failed');
        if (allVerified(checks))
            return done('verified');
        const remaining = options.timeoutMs - (clock.now() - start);
        if (remaining <= 0)
            return done('timeout');
        const delay = nextPollDelayMs(poll - 1, options.intervalMs, remaining);
        for (const error of errors)
            log(`poll ${poll}: ${error} (will retry)`);
        log(`poll ${poll} after ${seconds(elapsed)}: ${progress(checks, listing)}; next look in ${seconds(delay)}`);
        await clock.sleep(delay);
    }
}
/** `12 s`, `1.5 s`: whole seconds when long, tenths when short. */
function seconds(ms) {
    const s = ms / 1000;
    return `${s >= 10 ? Math.round(s) : Math.round(s * 10) / 10} s`;
}

;// CONCATENATED MODULE: ./packages/verify/report-lines.ts

/** The index's sha256 for a file: the one that disagrees with the local file if any, else whichever API has one. */
function indexSha256(check) {
    const hashes = [check.json?.sha256, check.simple?.sha256].filter((h) => h !== undefined);
    const local = check.local?.sha256;
    return hashes.find((h) => h !== local) ?? hashes[0] ?? null;
}
/** The sha256 of the bytes the index served: one that disagrees with the local file if any, else the first. */
function servedSha256(check) {
    const hashes = (check.downloads ?? []).map((d) => d.sha256);
    const local = check.local?.sha256;
    return hashes.find((h) => h !== local) ?? hashes[0] ?? null;
}
/** One row per file for the `files` output. */
function fileRows(checks) {
    return checks.map((check) => ({
        filename: check.filename,
        local_sha256: check.local?.sha256 ?? null,
        index_sha256: indexSha256(check),
        served_sha256: servedSha256(check),
        status: check.status,
    }));
}
/**
 * One line per file still missing when the wait ended, with how long it was waited for and, when one API
 * already had it, since when; for a file listed on both, why it could not be downloaded.
 */
function missingLines(checks, firstSeen, waitedMs) {
    return checks
        .filter((check) => check.status === 'missing')
        .map((check) => {
        const seen = firstSeen.get(check.filename) ?? {};
        if (check.json && check.simple)
            return `${check.problem ?? check.filename}; waited ${seconds(waitedMs)}`;
        if (check.json && !check.simple) {
            return `${check.filename}: not on the simple API after ${seconds(waitedMs)} (on the JSON API since ${seconds(seen.json ?? 0)})`;
        }
        if (check.simple && !check.json) {
            return `${check.filename}: not on the JSON API after ${seconds(waitedMs)} (on the simple API since ${seconds(seen.simple ?? 0)})`;
        }
        return `${check.filename}: not on the index after ${seconds(waitedMs)}`;
    });
}
/** One line per file the index serves wrongly (another hash or size, or no hash at all). */
function failureLines(checks) {
    return checks
        .filter((check) => check.status === 'mismatch' || check.status === 'unverifiable')
        .map((check) => check.problem ?? check.filename);
}

;// CONCATENATED MODULE: ./packages/verify/download-report.ts

/** What was downloaded under `mode`, judged from the checks the wait ended with. */
function downloadReport(mode, checks, installCheck) {
    const expected = checks.filter((check) => check.local);
    const served = expected.filter((check) => check.downloads && check.downloads.length > 0);
    const bytes = served.flatMap((check) => check.downloads ?? []).reduce((sum, d) => sum + d.size, 0);
    const trusted = 'judged by the sha256 the index lists';
    let note;
    if (mode === 'all') {
        note = `${served.length} of ${expected.length} file(s) downloaded from the URLs the index lists and hashed (${formatBytes(bytes)})`;
    }
    else if (mode === 'installed' && installCheck) {
        note = `only the file the install check installs is downloaded, by pip, which accepts it only with the sha256 of one of the release's files; the others are ${trusted}`;
    }
    else if (mode === 'installed') {
        note = `nothing downloaded, as the install check is off; every file is ${trusted}`;
    }
    else {
        note = `nothing downloaded; every file is ${trusted}`;
    }
    return { mode, files: served.length, bytes, note };
}

;// CONCATENATED MODULE: ./packages/verify/interpreter.ts
/**
 * Which Python makes the install check's venv, and what to tell the user when none can: per-OS rules as pure
 * functions of the platform, so Windows' and macOS' are tested on Linux too.
 */

/**
 * The python input as interpreters to try in order. Empty means the platform's default: `python3` on Linux
 * and macOS; on Windows `python` (what actions/setup-python, the runner images and python.org installs
 * added to PATH provide; Windows has no `python3.exe` of its own), then the `py` launcher every python.org
 * install brings.
 */
function interpreters(input, platform) {
    if (input)
        return [{ command: input, args: [] }];
    if (platform !== 'win32')
        return [{ command: 'python3', args: [] }];
    return [
        { command: 'python', args: [] },
        { command: 'py', args: ['-3'] },
    ];
}
/** How an interpreter is named in messages: `python3`, `py -3`. */
function interpreterLabel(interpreter) {
    return [interpreter.command, ...interpreter.args].join(' ');
}
/** Where a venv keeps its scripts and its interpreter on `platform`. */
function venvLayout(dir, platform) {
    if (platform === 'win32') {
        const bin = external_node_path_.win32.join(dir, 'Scripts');
        return { bin, python: external_node_path_.win32.join(bin, 'python.exe') };
    }
    const bin = external_node_path_.posix.join(dir, 'bin');
    return { bin, python: external_node_path_.posix.join(bin, 'python') };
}
/**
 * True for the Microsoft Store's `python.exe` alias, which Windows puts on PATH without any Python behind
 * it: it prints where to install Python from and exits with 9009 (cmd's "not recognized" code).
 */
function isStoreAlias(exitCode, platform) {
    return platform === 'win32' && exitCode === 9009;
}
/** The fix to suggest on `platform` when no interpreter is found, or the one found cannot make a venv. */
function interpreterHints(platform) {
    const input = 'set the python input to an interpreter';
    if (platform === 'win32') {
        return {
            notFound: `install Python (actions/setup-python, or python.org, which brings the py launcher) or ${input}`,
            noVenv: `${input} with the venv module (actions/setup-python's and python.org's have it)`,
        };
    }
    if (platform === 'darwin') {
        return {
            notFound: `install Python (actions/setup-python, python.org or Homebrew) or ${input}`,
            noVenv: `${input} with the venv module (actions/setup-python's, python.org's and Homebrew's have it)`,
        };
    }
    return {
        notFound: `install Python (actions/setup-python, or the distribution's python3 package) or ${input}`,
        noVenv: `install the venv module (Debian/Ubuntu: python3-venv) or ${input} that has it`,
    };
}

;// CONCATENATED MODULE: ./packages/verify/remove-tree.ts
/**
 * Deleting the install check's directory. On Windows a process that has just exited (python, or an
 * antivirus scanning what it wrote) can hold a file for a moment, and deleting fails with EBUSY or EPERM:
 * that is retried with growing waits, and a directory that still cannot go is reported, never thrown, so
 * that cleaning up can never undo a verification.
 */


/** Codes a moment's wait can cure. */
const BUSY = new Set(['EBUSY', 'EPERM', 'EACCES', 'ENOTEMPTY', 'EMFILE', 'ENFILE']);
/** Waits between attempts: about 4 s in all before giving up. */
const REMOVE_RETRY_DELAYS_MS = [100, 200, 400, 800, 1_000, 1_500];
const removeRecursively = (path) => (0,promises_.rm)(path, { recursive: true, force: true });
/** Delete `path` and everything in it; resolves with a warning line when it could not, else null. */
async function removeTree(path, deps = {}) {
    const remove = deps.removeTree ?? removeRecursively;
    const clock = deps.clock ?? systemClock;
    for (let attempt = 0;; attempt++) {
        try {
            await remove(path);
            return null;
        }
        catch (error) {
            const code = error.code ?? '';
            const delay = REMOVE_RETRY_DELAYS_MS[attempt];
            if (BUSY.has(code) && delay !== undefined) {
                await clock.sleep(delay);
                continue;
            }
            const why = error instanceof Error ? error.message : String(error);
            return `could not remove the install check's directory ${path} (${why}); it is left for the runner to clean up`;
        }
    }
}

;// CONCATENATED MODULE: ./packages/verify/venv.ts
/** A fresh virtual environment for the install check, made by the interpreter the user chose (or the OS's default). */







/**
 * The first interpreter that is there, trying them in order: one not found, or Windows' Store alias, passes
 * to the next. Resolves with the interpreter and its result, or with every reason none was there.
 */
async function firstInterpreter(candidates, attempt, platform) {
    const missing = [];
    for (const interpreter of candidates) {
        const tried = await attempt(interpreter);
        if ('missing' in tried)
            missing.push(tried.missing);
        else if (isStoreAlias(tried.made.code, platform))
            missing.push(`'${interpreterLabel(interpreter)}' is the Microsoft Store's alias, not an installed Python`);
        else
            return { interpreter, made: tried.made };
    }
    return { missing };
}
async function makeVenv(dir, root, options) {
    const platform = process.platform;
    const hints = interpreterHints(platform);
    const found = await firstInterpreter(interpreters(options.python, platform), async ({ command, args }) => {
        try {
            return {
                made: await runProcess(command, [...args, '-m', 'venv', dir], {
                    cwd: root,
                    env: pipEnv(options.env),
                }),
            };
        }
        catch (error) {
            if (error instanceof ProcessError && error.kind === 'not-found')
                return { missing: error.message };
            throw error;
        }
    }, platform);
    if ('missing' in found)
        throw new verify_errors/* VerifyError */.G(`${found.missing.join('; ')}: ${hints.notFound}`);
    const { made, interpreter } = found;
    if (made.code !== 0) {
        const why = (made.stderr || made.stdout).trim().split(/\r?\n/).pop() || `exit code ${made.code}`;
        throw new verify_errors/* VerifyError */.G(`'${interpreterLabel(interpreter)} -m venv' failed (${why}): ${hints.noVenv}`);
    }
    return interpreterLabel(interpreter);
}
/** Create a venv with pip under `options.parentDir`. */
async function createVenv(options) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.parentDir, 'verify-pypi-'));
    const remove = () => removeTree(root, options);
    try {
        const dir = (0,external_node_path_.join)(root, 'venv');
        const scratch = (0,external_node_path_.join)(root, 'scratch');
        const interpreter = await makeVenv(dir, root, options);
        const { bin, python } = venvLayout(dir, process.platform);
        await (0,promises_.mkdir)(scratch);
        const pip = await runProcess(python, ['-m', 'pip', '--version'], {
            cwd: scratch,
            env: pipEnv(options.env),
        });
        if (pip.code !== 0) {
            throw new verify_errors/* VerifyError */.G(`the venv made by '${interpreter}' has no working pip: use an interpreter whose venv module installs pip`);
        }
        return { dir, interpreter, python, bin, pipVersion: parsePipVersion(pip.stdout), scratch, remove };
    }
    catch (error) {
        await remove();
        throw error instanceof ProcessError ? new verify_errors/* VerifyError */.G(error.message, { cause: error }) : error;
    }
}

;// CONCATENATED MODULE: ./packages/verify/verify-release.ts
/** verify-pypi's core: wait for the index to serve exactly the release's files, then install it and check `latest`. */













async function localRelease(options) {
    if (options.manifest)
        return expectedFiles({ manifest: options.manifest });
    if (options.packagesDir)
        return expectedFiles({ directory: options.packagesDir });
    throw new verify_errors/* VerifyError */.G('neither manifest nor packages-dir is set: point one of them at the release files');
}
function waitWarnings(wait) {
    const warnings = [];
    for (const check of wait.checks) {
        if (check.status === 'unexpected')
            warnings.push(check.problem ?? check.filename);
        else if (check.local && (check.json?.yanked || check.simple?.yanked))
            warnings.push(`${check.filename} is yanked on the index`);
    }
    return warnings;
}
/** Verify a release end to end. Throws VerifyError only for bad inputs; a failed verification is a result. */
async function verifyRelease(options) {
    if (!(options.intervalMs > 0))
        throw new verify_errors/* VerifyError */.G('interval must be at least 1 second');
    if (!(options.timeoutMs >= 0))
        throw new verify_errors/* VerifyError */.G('timeout must be 0 or more seconds');
    const log = options.log ?? (() => { });
    const mode = options.download ?? 'all';
    const local = await localRelease(options);
    const identity = identifyRelease(local.files, {
        ...(options.name ? { name: options.name } : {}),
        ...(options.version ? { version: options.version } : {}),
    }, local.source);
    const { project, version } = identity;
    log(`verifying ${project} ${version}: ${identity.files.length} file(s) from ${local.source} on ${options.urls.simple} (download: ${mode})`);
    const wait = await waitForFiles({
        urls: options.urls,
        project,
        version,
        expected: identity.files,
        timeoutMs: options.timeoutMs,
        intervalMs: options.intervalMs,
        download: mode === 'all',
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.client ? { client: options.client } : {}),
        log,
    });
    const result = {
        verified: false,
        project,
        version,
        source: local.source,
        wait,
        files: fileRows(wait.checks),
        waitedSeconds: Math.round(wait.waitedMs / 100) / 10,
        download: downloadReport(mode, wait.checks, options.installCheck),
        problems: [],
        warnings: waitWarnings(wait),
        skipped: [],
    };
    if (wait.outcome === 'failed')
        result.problems = failureLines(wait.checks);
    if (wait.outcome === 'timeout') {
        result.problems = missingLines(wait.checks, wait.firstSeen, wait.waitedMs);
        for (const error of wait.lastErrors)
            result.problems.push(`last look: ${error}`);
    }
    const wantLatest = options.checkLatest && isPrerelease(version);
    if (wait.outcome !== 'verified') {
        if (options.installCheck || wantLatest)
            result.skipped.push('install check and check-latest skipped: the index does not serve the release yet');
        return result;
    }
    if (options.provenance) {
        result.provenance = await checkProvenance(identity.files, wait.simplePage, {
            ...options.provenance,
            ...(options.client && !options.provenance.client ? { client: options.client } : {}),
        });
        log(result.provenance.note);
        result.problems.push(...result.provenance.problems);
    }
    if (!options.installCheck)
        result.skipped.push('install check off (install-check: false)');
    if (options.checkLatest && !wantLatest)
        result.skipped.push(`check-latest: ${version} is a final release, nothing to check`);
    if (options.installCheck || wantLatest)
        await runInVenv(options, result, identity.files, wait, wantLatest);
    result.verified = result.problems.length === 0;
    return result;
}
/**
 * The install check and check-latest, in one fresh venv. A venv that cannot be made is a problem (the files
 * are verified all the same: the outputs say so); one that cannot be deleted afterwards is a warning.
 */
async function runInVenv(options, result, expected, wait, wantLatest) {
    const { project, version } = result;
    const env = options.env ?? process.env;
    let venv;
    try {
        venv = await createVenv({
            python: options.python ?? '',
            parentDir: options.tempDir ?? (0,external_node_os_.tmpdir)(),
            env,
            ...(options.removeTree ? { removeTree: options.removeTree } : {}),
            ...(options.clock ? { clock: options.clock } : {}),
        });
    }
    catch (error) {
        if (!(error instanceof verify_errors/* VerifyError */.G))
            throw error;
        result.problems.push(error.message);
        return;
    }
    try {
        const indexUrl = pipIndexUrl(options.urls);
        if (options.installCheck) {
            result.install = await checkInstall({
                venv,
                indexUrl,
                extraIndexUrls: options.extraIndexUrls ?? [],
                project,
                version,
                expected,
                importNames: options.importNames ?? [],
                ...(options.smokeCommand ? { smokeCommand: options.smokeCommand } : {}),
                ...(options.smokeShell ? { smokeShell: options.smokeShell } : {}),
                ...(options.smokeTimeoutMs !== undefined ? { smokeTimeoutMs: options.smokeTimeoutMs } : {}),
                env,
                ...(options.log ? { log: options.log } : {}),
            });
            if (result.install.problem)
                result.problems.push(result.install.problem);
        }
        if (wantLatest) {
            result.latest = await checkLatest({ venv, indexUrl, project, simplePage: wait.simplePage, env });
            if (!result.latest.ok)
                result.problems.push(result.latest.note);
            if (result.latest.warning)
                result.warnings.push(result.latest.warning);
        }
    }
    finally {
        const leftover = await venv.remove();
        if (leftover)
            result.warnings.push(leftover);
    }
}

;// CONCATENATED MODULE: ./packages/verify/index.ts
/**
 * verify: proof that an index lists and serves exactly a release's files (both read APIs, same sha256 and
 * size, every file downloaded and hashed), and that it installs.
 */























/***/ })

};
