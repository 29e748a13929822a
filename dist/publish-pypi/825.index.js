export const id = 825;
export const ids = [825];
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

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ buildMetadata),
/* harmony export */   Ug: () => (/* binding */ parseCoreMetadata)
/* harmony export */ });
/* unused harmony exports emptyCoreMetadata, parseProjectUrl */
/* harmony import */ var _core_metadata_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7141);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8809);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ filetypeOf),
/* harmony export */   h: () => (/* binding */ parseDistFilename)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8809);
/* harmony import */ var _sdist_filename_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1739);
/* harmony import */ var _wheel_filename_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2337);



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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 6186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ checkDistribution)
});

// UNUSED EXPORTS: PYPI_RULES

// EXTERNAL MODULE: ./packages/dists/rules/types.ts
var types = __webpack_require__(4029);
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
        : (0,types/* badRequest */.li)('invalid-distribution-file', `Invalid distribution file. ${reason}`);
};

// EXTERNAL MODULE: ./packages/dists/dist-filename.ts
var dist_filename = __webpack_require__(1118);
// EXTERNAL MODULE: ./packages/dists/python-repr.ts
var python_repr = __webpack_require__(6186);
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
    return dist.filetype ?? (0,dist_filename/* filetypeOf */.c)(dist.filename);
}
/** No control characters, DEL, or path separators in the filename. */
const filenameCharactersRule = ({ filename }) => {
    if (/[\x00-\x1f\x7f]/.test(filename)) {
        return (0,types/* badRequest */.li)('invalid-filename-characters', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (/[/\\]/.test(filename)) {
        return (0,types/* badRequest */.li)('invalid-filename-characters', "Cannot upload a file with '/' or '\\' in the name.");
    }
    return null;
};
/** Only .tar.gz, .zip (sdist) and .whl (wheel) are taken, matching the filetype (PEP 527, PEP 715). */
const extensionRule = (dist) => {
    const match = EXTENSION.exec(dist.filename);
    if (!match) {
        return (0,types/* badRequest */.li)('invalid-extension', 'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information');
    }
    const extension = match[1] ?? '';
    const filetype = filetypeFor(dist) ?? (extension.toLowerCase() === '.whl' ? 'bdist_wheel' : 'sdist');
    if (EXTENSIONS_OF[filetype].includes(extension))
        return null;
    return (0,types/* badRequest */.li)('invalid-extension', `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`);
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
    return (0,types/* badRequest */.li)('invalid-content-type', 'Invalid distribution file.');
};
/** The per-file size limit (PyPI: 100 MiB unless raised for the project). */
const fileSizeRule = (dist, context) => {
    const limit = context.maxFileSize ?? types/* PYPI_MAX_FILE_SIZE */.zT;
    if (dist.size <= limit)
        return null;
    const project = dist.metadata?.name ?? '';
    return (0,types/* badRequest */.li)('file-too-large', `File too large. Limit for project ${(0,python_repr/* pyRepr */.n3)(project)} is ${Math.floor(limit / MIB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
};
/** The per-project total size limit (PyPI: 10 GiB). */
const projectSizeRule = (dist, context) => {
    const limit = context.maxProjectSize ?? types/* PYPI_MAX_PROJECT_SIZE */.UC;
    if (dist.size + (context.projectTotalSize ?? 0) <= limit)
        return null;
    const project = dist.metadata?.name ?? '';
    // PyPI's message really ends without a period.
    return (0,types/* badRequest */.li)('project-too-large', `Project size too large. Limit for project ${(0,python_repr/* pyRepr */.n3)(project)} total size is ${Math.floor(limit / GIB)} GB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-project-size-limit-increase`);
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
    return (0,types/* badRequest */.li)('digest-mismatch', 'The digest supplied does not match a digest calculated from the uploaded file.');
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
        ? `blake2_256 hash ${(0,python_repr/* pyRepr */.n3)(dist.hashes.blake2_256)}`
        : `sha256 hash ${(0,python_repr/* pyRepr */.n3)(dist.hashes.sha256)}`;
    return (0,types/* badRequest */.li)('file-exists', `File already exists (${(0,python_repr/* pyRepr */.n3)(dist.filename)}, with ${hash}). See https://pypi.org/help/#file-name-reuse for more information.`);
};
/** A filename once used (and since deleted) is never accepted again. */
const filenameReuseRule = (dist, context) => {
    if (!context.deletedFilenames?.includes(dist.filename))
        return null;
    return (0,types/* badRequest */.li)('filename-reused', 'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.');
};
/** A release holds at most one sdist. */
const oneSdistRule = (dist, context) => {
    if (filetypeFor(dist) !== 'sdist')
        return null;
    if (!(context.releaseFiles ?? []).some((f) => f.packagetype === 'sdist'))
        return null;
    return (0,types/* badRequest */.li)('duplicate-sdist', 'Only one sdist may be uploaded per release.');
};
const MAXIMUM_AGE_DAYS = 14;
/** A release takes new files for 14 days after it was created. */
const closedReleaseRule = (_dist, context) => {
    if (context.releaseCreatedAt === undefined)
        return null;
    const age = (context.now ?? Date.now()) - context.releaseCreatedAt;
    if (age <= MAXIMUM_AGE_DAYS * 24 * 60 * 60 * 1000)
        return null;
    return (0,types/* badRequest */.li)('closed-release', `Uploading new files to releases older than ${MAXIMUM_AGE_DAYS} days is not allowed.`);
};

// EXTERNAL MODULE: ./packages/pep440/parse.ts
var parse = __webpack_require__(1695);
;// CONCATENATED MODULE: ./packages/pep440/kinds.ts
/** What kind of release a version is, with packaging's definitions. */

/** packaging's is_prerelease: true for pre-releases and for dev releases (1.0.dev1 is a pre-release). */
function isPrerelease(v) {
    const { pre, dev } = toVersion(v);
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

// EXTERNAL MODULE: ./packages/pep440/format.ts
var format = __webpack_require__(2621);
// EXTERNAL MODULE: ./packages/dists/upload-form.ts
var upload_form = __webpack_require__(6162);
// EXTERNAL MODULE: ./packages/dists/names.ts
var names = __webpack_require__(8888);
// EXTERNAL MODULE: ./packages/dists/sdist-filename.ts
var sdist_filename = __webpack_require__(1739);
;// CONCATENATED MODULE: ./packages/dists/rules/sdist-rules.ts
/** PyPI's sdist filename checks: parseable, the project's name, and exactly the PEP 625 form. */








function parsedSdist(dist) {
    try {
        return (0,sdist_filename/* parseSdistFilename */.s)(dist.filename);
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
    return (0,types/* badRequest */.li)('invalid-sdist-filename', `Invalid source distribution filename: ${dist.filename}`);
};
/**
 * warehouse retries a post-release whose version was written with a hyphen (`name-1.0-1.tar.gz`), taking the
 * name before the second-to-last hyphen. It assigns that name before it checks the version between, so the
 * name stands even when that version is invalid (`some_thing-1.o-9.tar.gz` is then refused by PEP 625).
 */
function nameFromSdistFilename(dist, parsed, metaName) {
    const version = dist.metadata?.version;
    const dashes = dist.filename.split('-').length - 1;
    if (version && isPostrelease(version) && parsed.name !== (0,names/* normalizeProjectName */.yz)(metaName) && dashes >= 2) {
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
    const normalized = (0,names/* normalizeProjectName */.yz)(metaName);
    if ((0,names/* normalizeProjectName */.yz)(nameFromSdistFilename(dist, parsed, metaName)) === normalized)
        return null;
    return (0,types/* badRequest */.li)('filename-project-mismatch', `Start filename for ${(0,python_repr/* pyRepr */.n3)(metaName)} with ${(0,python_repr/* pyRepr */.n3)(normalized.replace(/-/g, '_'))}.`);
};
/** PEP 625: exactly `{normalized_name}-{normalized_version}.tar.gz` (so legacy .zip sdists are refused here). */
const sdistNormalizedRule = (dist) => {
    const metaName = dist.metadata?.name;
    const version = (0,format/* normalizeVersion */.Qj)(dist.metadata?.version ?? '');
    if (!isSdist(dist) || !parsedSdist(dist) || !metaName || version === null)
        return null;
    const expected = `${(0,names/* normalizeProjectName */.yz)(metaName).replace(/-/g, '_')}-${version}.tar.gz`;
    if (dist.filename === expected)
        return null;
    return (0,types/* badRequest */.li)('filename-not-normalized', `Filename ${(0,python_repr/* pyRepr */.n3)(dist.filename)} is invalid, should be ${(0,python_repr/* pyRepr */.n3)(expected)}.`);
};
/** Each License-File (metadata 2.4+, the only ones twine sends) must be in the sdist. */
const sdistLicenseFilesRule = (dist) => {
    const meta = dist.metadata;
    if (!isSdist(dist) || !dist.archive || !meta || !(0,upload_form/* metadataVersionAtLeast */.gS)(meta.metadataVersion, 2, 4))
        return null;
    const { members } = dist.archive;
    const top = commonPath(members) ?? '';
    for (const licenseFile of meta.licenseFiles) {
        const target = top === '' ? licenseFile : `${top}/${licenseFile}`;
        if (!members.includes(target)) {
            return (0,types/* badRequest */.li)('missing-license-file', `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`);
        }
    }
    return null;
};

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
    const option = eq < 0 ? '' : (0,python_repr/* pyStrip */.m0)(clean.slice(0, eq));
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
        const stripped = (0,python_repr/* pyStrip */.m0)(line);
        if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';'))
            continue;
        // configparser's indentation: the offset of the first character Python's \S matches.
        const indent = (0,python_repr/* pyLeadingSpace */.Ec)(line);
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

// EXTERNAL MODULE: ./packages/dists/errors.ts
var errors = __webpack_require__(8809);
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

// EXTERNAL MODULE: ./packages/dists/wheel-filename.ts
var wheel_filename = __webpack_require__(2337);
;// CONCATENATED MODULE: ./packages/dists/rules/wheel-rules.ts
/** PyPI's wheel checks: a PEP 427 filename, supported platforms, the project's normalized name and version, required members. */









function parsedWheel(dist) {
    if (!dist.filename.endsWith('.whl'))
        return null;
    try {
        return (0,wheel_filename/* parseWheelFilename */.e)(dist.filename);
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
    return parsed instanceof errors/* DistError */.b ? (0,types/* badRequest */.li)('invalid-wheel-filename', parsed.message) : null;
};
/** Every platform tag must be on PyPI's allow-list (no plain `linux_x86_64`). */
const platformTagRule = (dist) => {
    const bad = validWheel(dist)?.tags.find((tag) => !isPyPIPlatformTag(tag.platform));
    if (!bad)
        return null;
    return (0,types/* badRequest */.li)('unsupported-platform-tag', `Binary wheel '${dist.filename}' has an unsupported platform tag '${bad.platform}'.`);
};
/** The wheel's name must be the project's (compared normalized). */
const wheelProjectRule = (dist) => {
    const parsed = validWheel(dist);
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const canonical = (0,names/* normalizeProjectName */.yz)(metaName);
    if (parsed.name === canonical)
        return null;
    return (0,types/* badRequest */.li)('filename-project-mismatch', `Start filename for ${(0,python_repr/* pyRepr */.n3)(metaName)} with ${(0,python_repr/* pyRepr */.n3)(canonical.replace(/-/g, '_'))}.`);
};
/** The name part must be written normalized (`foo_bar`, not `Foo.Bar`). */
const wheelNormalizedNameRule = (dist) => {
    const parsed = validWheel(dist);
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const expected = (0,names/* normalizeProjectName */.yz)(metaName).replace(/-/g, '_');
    const written = dist.filename.split('-')[0] ?? '';
    if (written === expected)
        return null;
    return (0,types/* badRequest */.li)('filename-not-normalized', `Filename ${(0,python_repr/* pyRepr */.n3)(dist.filename)} should contain the normalized project name ${(0,python_repr/* pyRepr */.n3)(expected)}, not ${(0,python_repr/* pyRepr */.n3)(written)}.`);
};
/** The version in the filename must equal the metadata's as PEP 440 versions (`1` equals `1.0.0`). */
const wheelVersionRule = (dist) => {
    const parsed = validWheel(dist);
    const version = (0,format/* normalizeVersion */.Qj)(dist.metadata?.version ?? '');
    if (!parsed || version === null || compareVersions(version, parsed.version) === 0)
        return null;
    return (0,types/* badRequest */.li)('filename-version-mismatch', `Version in filename should be ${(0,python_repr/* pyRepr */.n3)(version)} not ${(0,python_repr/* pyRepr */.n3)(parsed.version)}.`);
};
/** Each License-File (metadata 2.4+) must be under `.dist-info/licenses/`. */
const wheelLicenseFilesRule = (dist) => {
    const meta = dist.metadata;
    if (!validWheel(dist) || !dist.archive || !meta || !(0,upload_form/* metadataVersionAtLeast */.gS)(meta.metadataVersion, 2, 4))
        return null;
    const dir = distInfoDir(dist.filename);
    for (const licenseFile of meta.licenseFiles) {
        const target = `${dir}/licenses/${licenseFile}`;
        if (!dist.archive.members.includes(target)) {
            return (0,types/* badRequest */.li)('missing-license-file', `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`);
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
    return (0,types/* badRequest */.li)('missing-record', `Wheel '${dist.filename}' does not contain the required RECORD file: ${target}`);
};
/** The wheel must hold `.dist-info/METADATA`. */
const wheelMetadataRule = (dist) => {
    if (!validWheel(dist) || !dist.archive)
        return null;
    const target = `${distInfoDir(dist.filename)}/METADATA`;
    if (dist.archive.members.includes(target))
        return null;
    return (0,types/* badRequest */.li)('missing-metadata', `Wheel '${dist.filename}' does not contain the required METADATA file: ${target}`);
};
/** `entry_points.txt`, when present, must be strict INI with script names that are not paths. */
const wheelEntryPointsRule = (dist) => {
    const entryPoints = dist.archive?.entryPoints;
    if (!validWheel(dist) || !entryPoints || !entryPointsInvalid(entryPoints))
        return null;
    return (0,types/* badRequest */.li)('invalid-entry-points', `Wheel '${dist.filename}' has invalid entry points defined in the entry_points.txt file`);
};
// warehouse writes `<tmpdir>/<filename>.metadata`; a name past 255 bytes with that suffix fails to be written.
const NAME_MAX = 255;
/** The wheel's name plus `.metadata` must fit in a file name (PyPI answers "Filename is too long"). */
const wheelFilenameLengthRule = (dist) => {
    if (!validWheel(dist) || Buffer.byteLength(`${dist.filename}.metadata`) <= NAME_MAX)
        return null;
    return (0,types/* badRequest */.li)('filename-too-long', `Filename is too long: '${dist.filename}'`);
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


/***/ }),

/***/ 9743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ newProjectNameProblem)
});

// UNUSED EXPORTS: ultranormalizeName

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

// EXTERNAL MODULE: ./packages/dists/names.ts
var names = __webpack_require__(8888);
// EXTERNAL MODULE: ./packages/dists/python-repr.ts
var python_repr = __webpack_require__(6186);
// EXTERNAL MODULE: ./packages/dists/rules/types.ts
var types = __webpack_require__(4029);
;// CONCATENATED MODULE: ./packages/dists/rules/project-name-rules.ts
/** PyPI's checks of a new project's name (`check_project_name`): standard library, prohibited, too similar. */




const STDLIB = new Set(STDLIB_MODULE_NAMES);
// The names warehouse's migrations prohibit; PyPI's administrators add more that no one outside can see.
const PROHIBITED = new Set(['requirements-txt', 'rrequirements-txt']);
const HELP = 'See https://pypi.org/help/#project-name for more information.';
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
    if (STDLIB.has((0,names/* normalizeProjectName */.yz)(name.replace(/^[-_.]+|[-_.]+$/g, ''))))
        return (0,types/* badRequest */.li)('stdlib-project-name', `The name ${(0,python_repr/* pyRepr */.n3)(name)} isn't allowed (conflict with Python Standard Library module name). ${HELP}`);
    if (PROHIBITED.has((0,names/* normalizeProjectName */.yz)(name)))
        return (0,types/* badRequest */.li)('prohibited-project-name', `The name ${(0,python_repr/* pyRepr */.n3)(name)} isn't allowed. ${HELP}`);
    const ultra = ultranormalizeName(name);
    if (existingNames.some((existing) => ultranormalizeName(existing) === ultra))
        return (0,types/* badRequest */.li)('similar-project-name', `The name ${(0,python_repr/* pyRepr */.n3)(name)} is too similar to an existing project. ${HELP}`);
    return null;
}


/***/ }),

/***/ 4029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ PYPI_MAX_PROJECT_SIZE),
/* harmony export */   li: () => (/* binding */ badRequest),
/* harmony export */   zT: () => (/* binding */ PYPI_MAX_FILE_SIZE)
/* harmony export */ });
/** PyPI's default per-file upload limit: 100 MiB. */
const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;
/** PyPI's default per-project limit: 10 GiB. */
const PYPI_MAX_PROJECT_SIZE = 10 * 1024 * 1024 * 1024;
/** A 400 Bad Request problem. */
function badRequest(code, message) {
    return { code, status: 400, message };
}


/***/ }),

/***/ 1739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseSdistFilename)
/* harmony export */ });
/* harmony import */ var _pep440_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2621);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8809);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8888);
/* harmony import */ var _python_repr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6186);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ metadataFromUploadForm),
/* harmony export */   fO: () => (/* binding */ uploadFormFields),
/* harmony export */   gS: () => (/* binding */ metadataVersionAtLeast),
/* harmony export */   qU: () => (/* binding */ twineSafeName)
/* harmony export */ });
/* harmony import */ var _core_metadata_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7141);
/* harmony import */ var _core_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2667);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parseWheelFilename)
/* harmony export */ });
/* unused harmony export expandTags */
/* harmony import */ var _pep440_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2621);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8809);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8888);
/* harmony import */ var _python_repr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6186);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony exports publicVersion, baseVersion */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1695);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 5825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AttestationFailure: () => (/* reexport */ AttestationFailure),
  PublishError: () => (/* reexport */ errors/* PublishError */.S),
  UPLOAD_RETRY_POLICY: () => (/* reexport */ UPLOAD_RETRY_POLICY),
  attestPlan: () => (/* reexport */ attestPlan),
  countStatuses: () => (/* reexport */ report/* countStatuses */.i),
  executePlan: () => (/* reexport */ executePlan),
  filesOutput: () => (/* reexport */ report/* filesOutput */.$),
  identifyRelease: () => (/* reexport */ plan.identifyRelease),
  inspectFiles: () => (/* reexport */ inspectFiles),
  mergeIndexState: () => (/* reexport */ mergeIndexState),
  planRelease: () => (/* reexport */ plan.planRelease),
  preflightFailure: () => (/* reexport */ plan.preflightFailure),
  publishRelease: () => (/* reexport */ publishRelease),
  readIndexState: () => (/* reexport */ readIndexState),
  settle: () => (/* reexport */ settle),
  uploadFileInfo: () => (/* reexport */ uploadFileInfo)
});

// EXTERNAL MODULE: ./packages/publish/errors.ts
var errors = __webpack_require__(2447);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/attestations/model.ts
var model = __webpack_require__(369);
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
            logIndex: (0,model/* logIndexOf */.Or)(attestation),
            path,
        };
        return [file.filename, result];
    }, () => !failed);
    return new Map(made.filter((entry) => entry !== undefined));
}

// EXTERNAL MODULE: ./packages/dists/upload-form.ts
var upload_form = __webpack_require__(6162);
// EXTERNAL MODULE: ./packages/pypi/retry.ts
var retry = __webpack_require__(6957);
// EXTERNAL MODULE: ./packages/pypi/upload-with-retries.ts
var upload_with_retries = __webpack_require__(7136);
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
    const clock = options.clock ?? retry/* systemClock */.ml;
    const upload = options.upload ?? upload_with_retries/* uploadWithRetries */.m;
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
            result.message = (0,errors/* oneLine */.T)(error instanceof Error ? error.message : String(error));
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
                    message: (0,errors/* oneLine */.T)(`landed despite ${last ?? outcome.message} (the index confirmed it)`),
                };
            return last
                ? {
                    status: 'uploaded',
                    message: (0,errors/* oneLine */.T)(`after ${report.attempts} attempts (last trouble: ${last})`),
                }
                : { status: 'uploaded' };
        case 'already-exists':
            if (outcome.sameContent === true)
                return { status: 'already-present' };
            if (skipExisting)
                return {
                    status: 'skipped',
                    message: (0,errors/* oneLine */.T)(outcome.sameContent === false
                        ? `the index has it with different content, skipped: ${outcome.message}`
                        : `the index says it exists and could not tell with which content, skipped: ${outcome.message}`),
                };
            return {
                status: 'failed',
                message: (0,errors/* oneLine */.T)(outcome.sameContent === false
                    ? `is already on the index with different content (${outcome.message}): bump the version and build again, or set skip-existing: true`
                    : `the index says it already exists, and could not tell with which content (${outcome.message})`),
            };
        case 'client-error':
            return { status: 'failed', message: (0,errors/* oneLine */.T)(`refused: ${outcome.message}`) };
        case 'retryable':
        case 'ambiguous':
            return {
                status: 'failed',
                message: (0,errors/* oneLine */.T)(`gave up after ${report.attempts} attempts: ${outcome.message}`),
            };
    }
}

// EXTERNAL MODULE: ./packages/dists/dist-filename.ts
var dist_filename = __webpack_require__(1118);
// EXTERNAL MODULE: ./packages/pep440/format.ts
var format = __webpack_require__(2621);
// EXTERNAL MODULE: ./packages/pypi/json-api.ts
var json_api = __webpack_require__(1796);
// EXTERNAL MODULE: ./packages/pypi/simple-api.ts
var simple_api = __webpack_require__(6568);
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
        (0,json_api/* fetchReleaseJson */.A)(urls, project, version, read),
        (0,simple_api/* fetchSimpleProject */.Aw)(urls, project, read),
    ]);
    if (release.status === 'rejected' && page.status === 'rejected') {
        const reason = release.reason instanceof Error ? release.reason.message : String(release.reason);
        throw new errors/* PublishError */.S(`cannot ask the index what it already has for ${project} ${version} (${reason}); nothing was uploaded: re-run when the index answers`, { cause: release.reason });
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

// EXTERNAL MODULE: ./packages/dists/buffer-pool.ts
var buffer_pool = __webpack_require__(4027);
// EXTERNAL MODULE: ./packages/dists/digest-names.ts
var digest_names = __webpack_require__(4831);
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
    static async create(extras = digest_names/* EXTRA_DIGESTS */.R) {
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
const readBuffers = new buffer_pool/* BufferPool */.P(1 << 20, 4);
async function hashFile(path, extras = digest_names/* EXTRA_DIGESTS */.R) {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/dists/errors.ts
var dists_errors = __webpack_require__(8809);
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
    const gunzip = (await loadZlib()).createGunzip();
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
    const zlib = await loadZlib();
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
var core_metadata = __webpack_require__(2667);
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
        const { crc32, inflateRawSync } = await loadZlib();
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
        const { crc32, createInflateRaw } = await loadZlib();
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
    const digests = hashLargestFirst(readable, options.concurrency ?? 2, options.hash ?? hashFile, options.extraDigests ?? []);
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
        await (await __webpack_require__.e(/* import() */ 4).then(__webpack_require__.bind(__webpack_require__, 1004))).checkForm(result, facts, options.renderer);
    return result;
}
/** Archive facts (digests filled in later) and metadata; the description goes to the renderer at once. */
async function readFacts(path, renderer) {
    // Given (empty) digests, it does not hash the file again; readFile puts the real ones in.
    const facts = await inspectDistribution(path, { hashes: { sha256: '' } });
    if (renderer && facts.metadata)
        (await __webpack_require__.e(/* import() */ 4).then(__webpack_require__.bind(__webpack_require__, 1004))).startRendering(facts.metadata, renderer);
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

// EXTERNAL MODULE: ./packages/publish/plan.ts
var plan = __webpack_require__(9435);
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
var http_client = __webpack_require__(5211);
// EXTERNAL MODULE: ./packages/pypi/auth.ts
var pypi_auth = __webpack_require__(3245);
// EXTERNAL MODULE: ./packages/pypi/trusted-publishing.ts
var trusted_publishing = __webpack_require__(2236);
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
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 481, 23)),
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
        ? (0,pypi_auth/* passwordAuth */.km)(options.credentials.username, options.credentials.password)
        : null;
    const { files, ignored, descriptionWarning } = await readReleaseFiles(options);
    // PyPI's rules and their data tables (classifiers, licenses, standard-library names) load once there
    // are files to judge: a third of the bundle that start-up does not need.
    const { identifyRelease, planRelease, preflightFailure } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9435));
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
    const source = new trusted_publishing/* TokenSource */.xX({
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
        release = await (0,json_api/* fetchReleaseJson */.A)(urls, plan.project, plan.version, {
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
        result.url ||= (0,errors/* oneLine */.T)(listed?.url ?? '');
        if (!listed || !unsettled(result) || listed.digests.sha256 !== result.sha256)
            continue;
        if (result.status === 'failed') {
            result.message = (0,errors/* oneLine */.T)(`landed, though its answer was lost (${result.message ?? 'no answer'}): the index lists it with the same sha256`);
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

// EXTERNAL MODULE: ./packages/publish/report.ts
var report = __webpack_require__(3666);
;// CONCATENATED MODULE: ./packages/publish/index.ts
/** publish: the release core of publish-pypi — preflight, plan, resumable uploads, and what happened. */











/***/ }),

/***/ 9435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   identifyRelease: () => (/* binding */ identifyRelease),
/* harmony export */   planRelease: () => (/* binding */ planRelease),
/* harmony export */   preflightFailure: () => (/* binding */ preflightFailure)
/* harmony export */ });
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8888);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(253);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9743);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6162);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4029);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1118);
/* harmony import */ var _pep440_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2621);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8839);
/**
 * The release decided before the first byte goes up (pure, no I/O): one project and one version, every file
 * valid and still what the manifest recorded, what the index already has, and the order of the uploads.
 */



const MAX_NAMES = 3;
/** Which release the files make up; problems when they are more than one project or version. */
function identifyRelease(files) {
    const named = files.flatMap((file) => {
        const found = nameAndVersion(file);
        return found ? [{ file, ...found }] : [];
    });
    const first = named[0];
    if (!first)
        return { identity: null, problems: [] };
    const projects = groupBy(named, (n) => (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProjectName */ .yz)(n.project));
    if (projects.size > 1) {
        return {
            identity: null,
            problems: [
                {
                    filename: '',
                    message: `the files are not one project: ${describeGroups(projects, (n) => n[0]?.project ?? '')}; publish one project per step (a packages-dir or manifest each)`,
                },
            ],
        };
    }
    const versions = groupBy(named, (n) => (0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(n.version) ?? n.version);
    if (versions.size > 1) {
        return {
            identity: null,
            problems: [
                {
                    filename: '',
                    message: `the files are not one version of ${first.project}: ${describeGroups(versions, (n) => n[0]?.version ?? '')}; remove the stale files (build into an empty directory) so that one release is left`,
                },
            ],
        };
    }
    return { identity: { project: first.project, version: first.version }, problems: [] };
}
/**
 * Decide every file: upload, already there (same sha256: done by an earlier run), or skipped (other content,
 * with `skipExisting`); collect every reason to upload nothing; order the uploads.
 */
function planRelease(files, identity, index, options) {
    const problems = [];
    const warnings = [];
    const ours = new Set(files.map((f) => f.filename));
    const others = [...index.files.values()].filter((f) => !ours.has(f.filename));
    const context = {
        releaseFiles: others.filter((f) => f.inRelease).map(existingFile),
        indexFiles: others.map(existingFile),
        // The index knows its own per-file limit (PyPI raises it per project); size is a warning and an order here.
        maxFileSize: Number.MAX_SAFE_INTEGER,
    };
    const entries = files.map((file) => {
        const report = (message) => problems.push({ filename: file.filename, message });
        for (const message of manifestMismatches(file))
            report(message);
        const remote = index.files.get(file.filename);
        const decided = decide(file, remote, options.skipExisting);
        if (decided.warning)
            warnings.push(decided.warning);
        if (decided.problem)
            report(decided.problem);
        if (decided.action === 'upload') {
            // PyPI answers with its first objection only; ours matter when PyPI would have none.
            const refusal = file.facts
                ? (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDistribution */ .d)(file.facts, context).find((problem) => problem.status >= 400)
                : undefined;
            if (refusal)
                report(`would be refused by the index: ${refusal.status} ${refusal.message}`);
            else
                for (const message of file.problems)
                    report(message);
        }
        return remote
            ? { file, action: decided.action, phase: 'none', remote }
            : { file, action: decided.action, phase: 'none' };
    });
    const newName = index.projectExists === false ? (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_3__/* .newProjectNameProblem */ .C)((0,_dists_index_js__WEBPACK_IMPORTED_MODULE_4__/* .twineSafeName */ .qU)(identity.project)) : null;
    if (newName) {
        problems.push({
            filename: '',
            message: `a new project named ${identity.project} would be refused by the index: ${newName.status} ${newName.message}`,
        });
    }
    const uploads = entries.filter((e) => e.action === 'upload');
    const sdists = uploads.filter((e) => e.file.form?.filetype !== 'bdist_wheel');
    if (sdists.length > 1) {
        problems.push({
            filename: '',
            message: `a release holds one sdist, but ${sdists.length} are to be uploaded (${sdists.map((e) => e.file.filename).join(', ')}); remove the stale one`,
        });
    }
    const ordered = orderUploads(uploads, index.releaseExists, options.riskySize ?? _dists_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PYPI_MAX_FILE_SIZE */ .zT, warnings);
    const rest = entries.filter((e) => e.action !== 'upload');
    return {
        project: identity.project,
        version: identity.version,
        entries: [...ordered, ...rest],
        problems,
        warnings,
    };
}
/** The one line that stops a release before any upload: the first problem, and how many more there are. */
function preflightFailure(problems) {
    const first = problems[0];
    if (!first)
        return '';
    const more = problems.length > 1
        ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}, listed in the log)`
        : '';
    return `${first.filename ? `${first.filename} ` : ''}${first.message}${more}; nothing was uploaded`;
}
/**
 * Wheels first and the sdist last, so installers never see a release with only the sdist. When the release
 * does not exist yet, one file goes first alone (it creates the release): the largest file above `riskySize`
 * if any (a refusal then leaves nothing behind), else the smallest wheel. The other wheels go largest first,
 * which keeps the slowest upload from starting last.
 */
function orderUploads(uploads, releaseExists, riskySize, warnings) {
    const size = (e) => e.file.hashes?.size ?? 0;
    const bySizeDescending = (a, b) => size(b) - size(a) || (a.file.filename < b.file.filename ? -1 : 1);
    const wheels = uploads.filter((e) => e.file.form?.filetype === 'bdist_wheel').sort(bySizeDescending);
    const sdists = uploads.filter((e) => e.file.form?.filetype !== 'bdist_wheel');
    const risky = uploads.filter((e) => size(e) > riskySize).sort(bySizeDescending);
    let first;
    if (!releaseExists) {
        first = risky.find((e) => e.file.form?.filetype === 'bdist_wheel') ?? wheels.at(-1) ?? sdists[0];
    }
    for (const entry of risky) {
        warnings.push(`${entry.file.filename} is ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(size(entry))}, above PyPI's default limit of ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(riskySize)}: the index refuses it unless the project's limit was raised` +
            (entry === first ? '; it goes first, so that a refusal leaves nothing uploaded' : ''));
    }
    const phased = (entry, phase) => ({ ...entry, phase });
    return [
        ...(first ? [phased(first, 'first')] : []),
        ...wheels.filter((e) => e !== first).map((e) => phased(e, 'wheel')),
        ...sdists.filter((e) => e !== first).map((e) => phased(e, 'sdist')),
    ];
}
function decide(file, remote, skipExisting) {
    const ours = file.hashes?.sha256;
    // Without a digest on either side only the upload's answer can tell; the executor handles "already exists".
    if (!remote || !remote.sha256 || !ours)
        return { action: 'upload' };
    if (remote.sha256 === ours)
        return { action: 'already-present' };
    const detail = `is already on the index with different content (sha256 ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(remote.sha256)} there, ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(ours)} here)`;
    if (skipExisting)
        return { action: 'skip', warning: `${file.filename} ${detail}: skipped, the index keeps its copy` };
    return {
        action: 'skip',
        problem: `${detail}: a file on an index can never be replaced; bump the version and build again, or set skip-existing: true to leave the index's copy`,
    };
}
/** Differences from what the manifest recorded: the file changed after collect-artifacts checked it. */
function manifestMismatches(file) {
    const { expected, hashes } = file;
    if (!expected || !hashes)
        return [];
    const fix = 'it changed after collect-artifacts recorded it; collect the artifacts again';
    if (hashes.size !== expected.size)
        return [`is ${hashes.size} bytes, but the manifest records ${expected.size}: ${fix}`];
    const out = [];
    if (hashes.sha256 !== expected.sha256)
        out.push(`has sha256 ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(hashes.sha256)}, but the manifest records ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(expected.sha256)}: ${fix}`);
    else if (hashes.blake2_256 && expected.blake2b_256 && hashes.blake2_256 !== expected.blake2b_256)
        out.push(`has blake2b-256 ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(hashes.blake2_256)}, but the manifest records ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(expected.blake2b_256)}: ${fix}`);
    return out;
}
function existingFile(remote) {
    const file = { filename: remote.filename, packagetype: remote.packagetype };
    if (remote.sha256)
        file.sha256 = remote.sha256;
    if (remote.blake2_256)
        file.blake2_256 = remote.blake2_256;
    return file;
}
function nameAndVersion(file) {
    if (file.metadata?.name && file.metadata.version)
        return { project: file.metadata.name, version: file.metadata.version };
    try {
        const parsed = (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDistFilename */ .h)(file.filename);
        return { project: parsed.nameInFilename, version: parsed.versionInFilename };
    }
    catch {
        return null;
    }
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        groups.set(k, [...(groups.get(k) ?? []), item]);
    }
    return groups;
}
function describeGroups(groups, label) {
    return [...groups.values()]
        .map((members) => {
        const names = members.slice(0, MAX_NAMES).map((m) => m.file.filename);
        const more = members.length > MAX_NAMES ? `, and ${members.length - MAX_NAMES} more` : '';
        return `${label(members)} (${names.join(', ')}${more})`;
    })
        .join(' and ');
}


/***/ })

};
