export const id = 69;
export const ids = [69];
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

/***/ 96069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CollectError: () => (/* reexport */ errors/* CollectError */.h),
  MANIFEST_NAME: () => (/* reexport */ MANIFEST_NAME),
  artifactNameMatches: () => (/* reexport */ artifactNameMatches),
  checkExpected: () => (/* reexport */ checkExpected),
  checkRelease: () => (/* reexport */ checkRelease),
  collectArtifacts: () => (/* reexport */ collectArtifacts),
  directorySource: () => (/* reexport */ directory_source/* directorySource */.X),
  entryPathProblem: () => (/* reexport */ entryPathProblem),
  flatten: () => (/* reexport */ flatten),
  nameList: () => (/* reexport */ nameList),
  platformOf: () => (/* reexport */ platforms/* platformOf */.t),
  selectArtifacts: () => (/* reexport */ selectArtifacts),
  zipArtifactSource: () => (/* reexport */ zip_source/* zipArtifactSource */.Z)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
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
        (0,external_node_v8_.setFlagsFromString)('--expose-gc');
        const found = (0,external_node_vm_.runInNewContext)('typeof gc === "function" ? gc : null');
        collect = typeof found === 'function' ? found : null;
    }
    catch {
        collect = null;
    }
    finally {
        (0,external_node_v8_.setFlagsFromString)('--no-expose-gc');
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
        (0,external_node_v8_.setFlagsFromString)(`--semi-space-growth-factor=${grow ? DEFAULT_SEMI_SPACE_GROWTH : 1}`);
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

// EXTERNAL MODULE: ./packages/collect/errors.ts
var errors = __webpack_require__(29604);
// EXTERNAL MODULE: ./packages/wheel-matrix/expected.ts
var wheel_matrix_expected = __webpack_require__(28506);
;// CONCATENATED MODULE: ./packages/collect/select.ts
/** Which artifacts a pattern picks: the newest of each name, or an error naming the pattern and what exists. */

/** True when `name` matches the glob `pattern`: `*` any run of characters, `?` one, the rest itself. */
function artifactNameMatches(pattern, name) {
    const regex = [...pattern]
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${regex}$`, 's').test(name);
}
/** Newer first: a higher id (the service numbers artifacts as they are created), then a later creation time. */
function newer(a, b) {
    if (a.id !== b.id)
        return a.id > b.id;
    return (a.createdAt ?? '') > (b.createdAt ?? '');
}
const MAX_NAMES = 10;
/** The names of `artifacts`, for a message: sorted, once each, at most ten. */
function nameList(artifacts) {
    const names = [...new Set(artifacts.map((a) => a.name))].sort();
    const shown = names.slice(0, MAX_NAMES).join(', ');
    return names.length > MAX_NAMES ? `${shown}, and ${names.length - MAX_NAMES} more` : shown;
}
/**
 * The artifacts whose names match `pattern`, the newest of each name (a re-run attempt uploads its own), sorted
 * by name. Nothing matched is an error naming the pattern and the artifacts `source` has.
 */
function selectArtifacts(artifacts, pattern, source) {
    const newest = new Map();
    for (const artifact of artifacts) {
        if (!artifactNameMatches(pattern, artifact.name))
            continue;
        const seen = newest.get(artifact.name);
        if (!seen || newer(artifact, seen))
            newest.set(artifact.name, artifact);
    }
    if (newest.size === 0) {
        const what = artifacts.length === 0
            ? `${source} has no artifacts: upload them (actions/upload-artifact) in the jobs this one needs`
            : `none of the ${new Set(artifacts.map((a) => a.name)).size} artifacts of ${source} matches (${nameList(artifacts)}): fix the pattern input or the upload-artifact names`;
        throw new errors/* CollectError */.h(`pattern ${JSON.stringify(pattern)} matched nothing: ${what}`);
    }
    return [...newest.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

;// CONCATENATED MODULE: ./packages/collect/expected-check.ts
/**
 * Whether every planned file arrived: each job of build-wheel-matrix's `expected` (release-actions/expected@1)
 * uploaded its artifact with a wheel for every build identifier, and the sdist's artifact holds the sdist.
 * A missing job is named with its runner and identifiers. Files that match nothing planned are listed. Pure.
 */


/** The runner `expected` records for a job (a label or a list of labels), if it does. */
function runnerOf(job) {
    const runner = job.runner;
    if (typeof runner === 'string')
        return runner;
    if (Array.isArray(runner) && runner.every((label) => typeof label === 'string'))
        return runner.join(', ');
    return null;
}
function missingLine(missing, pattern) {
    const job = `job ${missing.job}${missing.runner ? ` (runner ${missing.runner})` : ''}`;
    const ids = missing.identifiers.join(', ');
    if (!missing.noArtifact)
        return `${job}: artifact ${missing.artifact} has no wheel for ${ids}`;
    const hint = artifactNameMatches(pattern, missing.artifact)
        ? 'did the job fail or skip its upload?'
        : `the pattern input ${JSON.stringify(pattern)} does not match that name`;
    return `${job} uploaded no artifact ${missing.artifact} (${hint}): its wheels for ${ids} are missing`;
}
/**
 * Checks `files` (each artifact's distribution filenames, duplicates included) against `expected`; `pattern`
 * is the artifact pattern, named when it is why an artifact is missing.
 */
function checkExpected(expected, files, pattern) {
    const report = { missing: [], sdistMissing: false, unexpected: [], problems: [] };
    const planned = new Map(); // artifact → patterns its files may match
    for (const job of expected.jobs) {
        const held = files.get(job.artifact);
        const patterns = job.wheels.flatMap((w) => (w.abi3Pattern ? [w.pattern, w.abi3Pattern] : [w.pattern]));
        planned.set(job.artifact, [...(planned.get(job.artifact) ?? []), ...patterns]);
        const absent = job.wheels.filter((wheel) => !held?.some((file) => [wheel.pattern, wheel.abi3Pattern].some((p) => p !== null && (0,wheel_matrix_expected/* matchesExpectedPattern */.sv)(p, file))));
        if (absent.length === 0)
            continue;
        const missing = {
            job: job.name,
            runner: runnerOf(job),
            artifact: job.artifact,
            identifiers: absent.map((wheel) => wheel.identifier ?? 'py3-none-any'),
            noArtifact: held === undefined,
        };
        report.missing.push(missing);
        report.problems.push(missingLine(missing, pattern));
    }
    if (expected.sdist) {
        const { artifact, pattern: sdistPattern } = expected.sdist;
        planned.set(artifact, [...(planned.get(artifact) ?? []), sdistPattern]);
        const held = files.get(artifact);
        if (!held?.some((file) => (0,wheel_matrix_expected/* matchesExpectedPattern */.sv)(sdistPattern, file))) {
            report.sdistMissing = true;
            report.problems.push(held === undefined
                ? `the sdist job uploaded no artifact ${artifact}: the sdist (${sdistPattern}) is missing`
                : `artifact ${artifact} has no sdist matching ${sdistPattern}`);
        }
    }
    for (const [artifact, patterns] of planned) {
        for (const filename of files.get(artifact) ?? []) {
            if (!patterns.some((p) => (0,wheel_matrix_expected/* matchesExpectedPattern */.sv)(p, filename)))
                report.unexpected.push({ artifact, filename });
        }
    }
    return report;
}

// EXTERNAL MODULE: ./packages/common/format.ts
var format = __webpack_require__(8839);
;// CONCATENATED MODULE: ./packages/collect/flatten.ts
/**
 * Flattening every artifact's distributions into one directory: a file that several artifacts hold with the
 * same bytes is kept once; the same name with other bytes is a conflict naming both artifacts, and two names
 * that differ only in case are one too (Windows and macOS file systems cannot hold both). Pure.
 */

/** The release's files by name, each once, and the conflicts that stop the collection. */
function flatten(staged) {
    const byName = new Map();
    for (const file of staged)
        byName.set(file.filename, [...(byName.get(file.filename) ?? []), file]);
    const files = [];
    const problems = [];
    for (const [filename, copies] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const ordered = [...copies].sort((a, b) => a.artifact < b.artifact ? -1 : a.artifact > b.artifact ? 1 : 0);
        const first = ordered[0];
        const other = ordered.find((copy) => copy.sha256 !== first.sha256);
        if (other) {
            problems.push(`${filename} differs between artifact ${first.artifact} (sha256 ${(0,format/* shortDigest */.VK)(first.sha256)}) and artifact ${other.artifact} (sha256 ${(0,format/* shortDigest */.VK)(other.sha256)}): one file must be built by one job; fix the matrix or the upload-artifact paths`);
            continue;
        }
        const alsoIn = [...new Set(ordered.slice(1).map((copy) => copy.artifact))].filter((a) => a !== first.artifact);
        files.push({ ...first, alsoIn });
    }
    const byFolded = new Map();
    for (const { filename } of files) {
        const earlier = byFolded.get(filename.toLowerCase());
        if (earlier)
            problems.push(`${earlier} and ${filename} differ only in case, which Windows and macOS file systems cannot hold side by side: rename one`);
        else
            byFolded.set(filename.toLowerCase(), filename);
    }
    return { files, problems };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/dists/errors.ts
var dists_errors = __webpack_require__(88809);
// EXTERNAL MODULE: ./packages/dists/lazy-modules.ts
var lazy_modules = __webpack_require__(47356);
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
function core_metadata_fields_fieldSpecOfForm(form) {
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
    return core_metadata_buildMetadata(fields, body);
}
/** Build the typed object from an ordered field list and an optional body. */
function core_metadata_buildMetadata(fields, body) {
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
        throw new dists_errors/* DistError */.b('invalid-metadata', `${source}: core metadata is not valid UTF-8`);
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
var buffer_pool = __webpack_require__(84027);
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
    throw new dists_errors/* DistError */.b('unknown-extension', `${filename}: not a wheel (.whl) or sdist (.tar.gz, .zip)`, filename);
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

// EXTERNAL MODULE: ./packages/dists/zip-reader.ts
var zip_reader = __webpack_require__(28567);
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

// EXTERNAL MODULE: ./packages/dists/rules/types.ts
var types = __webpack_require__(24029);
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

// EXTERNAL MODULE: ./packages/pep440/format.ts
var pep440_format = __webpack_require__(92621);
// EXTERNAL MODULE: ./packages/dists/names.ts
var names = __webpack_require__(68888);
// EXTERNAL MODULE: ./packages/dists/python-repr.ts
var python_repr = __webpack_require__(66186);
;// CONCATENATED MODULE: ./packages/dists/sdist-filename.ts
/** Source distribution filenames: PEP 625 `{name}-{version}.tar.gz`, and legacy `.zip`. */




/**
 * Parse an sdist filename as `packaging.utils.parse_sdist_filename` does: `.tar.gz` or `.zip`, split at the
 * last `-`. A `.zip` parses (PyPI accepts the extension) but PyPI then refuses it by PEP 625; see the rules.
 */
function parseSdistFilename(filename) {
    const fail = (message) => {
        throw new dists_errors/* DistError */.b('invalid-sdist-filename', message, filename);
    };
    let extension = '.tar.gz';
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else
        fail(`Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${(0,python_repr/* pyRepr */.n3)(filename)}`);
    const stem = filename.slice(0, -extension.length);
    const dash = stem.lastIndexOf('-');
    if (dash < 0)
        fail(`Invalid sdist filename: ${(0,python_repr/* pyRepr */.n3)(filename)}`);
    const namePart = stem.slice(0, dash);
    const versionPart = stem.slice(dash + 1);
    const version = (0,pep440_format/* normalizeVersion */.Qj)(versionPart);
    if (version === null)
        fail(`Invalid sdist filename (invalid version): ${(0,python_repr/* pyRepr */.n3)(filename)}`);
    return {
        filename,
        kind: 'sdist',
        name: (0,names/* normalizeProjectName */.yz)(namePart),
        nameInFilename: namePart,
        version: version,
        versionInFilename: versionPart,
        buildTag: null,
        tags: [],
        extension,
    };
}

// EXTERNAL MODULE: ./packages/dists/wheel-filename.ts
var wheel_filename = __webpack_require__(52337);
;// CONCATENATED MODULE: ./packages/dists/dist-filename.ts



/** Parse a wheel (`.whl`) or sdist (`.tar.gz`, legacy `.zip`) filename; anything else is a DistError `unknown-extension`. */
function parseDistFilename(filename) {
    if (filename.endsWith('.whl'))
        return (0,wheel_filename/* parseWheelFilename */.e)(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return parseSdistFilename(filename);
    throw new dists_errors/* DistError */.b('unknown-extension', `${filename}: not a distribution file; expected a wheel (.whl) or an sdist (.tar.gz)`, filename);
}
/** The upload `filetype` twine sends for a filename, or null when twine would not upload it. */
function filetypeOf(filename) {
    if (filename.endsWith('.whl'))
        return 'bdist_wheel';
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip') || filename.endsWith('.tar.bz2'))
        return 'sdist';
    return null;
}

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
var parse = __webpack_require__(61695);
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
    const version = (0,pep440_format/* normalizeVersion */.Qj)(dist.metadata?.version ?? '');
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
    if (!isSdist(dist) || !dist.archive || !meta || !metadataVersionAtLeast(meta.metadataVersion, 2, 4))
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
        return (0,wheel_filename/* parseWheelFilename */.e)(dist.filename);
    }
    catch (error) {
        if (error instanceof dists_errors/* DistError */.b)
            return error;
        throw error;
    }
}
function validWheel(dist) {
    const parsed = parsedWheel(dist);
    return parsed instanceof dists_errors/* DistError */.b ? null : parsed;
}
// warehouse finds the dist-info directory from the raw filename: `name, version, _ = filename.split("-", 2)`.
function distInfoDir(filename) {
    const [name, version] = filename.split('-');
    return `${name}-${version}.dist-info`;
}
/** The filename must be a valid PEP 427 wheel name (packaging's message). */
const wheelFilenameRule = (dist) => {
    const parsed = parsedWheel(dist);
    return parsed instanceof dists_errors/* DistError */.b ? (0,types/* badRequest */.li)('invalid-wheel-filename', parsed.message) : null;
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
    const version = (0,pep440_format/* normalizeVersion */.Qj)(dist.metadata?.version ?? '');
    if (!parsed || version === null || compareVersions(version, parsed.version) === 0)
        return null;
    return (0,types/* badRequest */.li)('filename-version-mismatch', `Version in filename should be ${(0,python_repr/* pyRepr */.n3)(version)} not ${(0,python_repr/* pyRepr */.n3)(parsed.version)}.`);
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

;// CONCATENATED MODULE: ./packages/collect/inspect.ts
/** Each collected file read as publish's preflight reads it: its own metadata, and PyPI's rules for the file. */


/** Reads every file's metadata and applies PyPI's file rules; problems name the file and its artifact. */
async function inspectFiles(files) {
    const problems = [];
    const inspected = await mapWithLimit(files, 2, async (file) => {
        const facts = await inspectDistribution(file.path, {
            hashes: { sha256: file.sha256, blake2_256: file.blake2b_256 },
        });
        const where = `${file.filename} from artifact ${file.artifact}`;
        if (!facts.metadata)
            problems.push(`${where} has no readable metadata (${facts.metadataError ?? 'unknown'}): rebuild it`);
        // The index's size limits are its own (PyPI raises them per project); publish-pypi warns about them.
        const refusal = checkDistribution({ ...facts, filetype: filetypeOf(file.filename) ?? 'sdist' }, { maxFileSize: Number.MAX_SAFE_INTEGER, maxProjectSize: Number.MAX_SAFE_INTEGER }).find((problem) => problem.status >= 400);
        if (refusal && facts.metadata)
            problems.push(`${where} would be refused by PyPI: ${refusal.message}`);
        const { name, version } = facts.metadata ?? {};
        const metadata = name && version ? { name, version } : null;
        return { ...file, metadata };
    });
    return { files: inspected, problems };
}

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
class ManifestError extends (/* unused pure expression or super */ null && (Error)) {
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
        posix.basename(v) === v &&
        win32.basename(v) === v);
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
    const text = await readFile(path, 'utf8').catch((error) => {
        throw new ManifestError(`${path}: cannot read the manifest (${error.code ?? error.message}); check the manifest input`);
    });
    return { manifest: parseManifest(text, path), directory: dirname(resolve(path)) };
}

;// CONCATENATED MODULE: ./packages/collect/place.ts
/**
 * Putting the checked release into place: the staged copies are renamed into `path` (the same file system, so
 * each arrives whole) and `manifest.json` is written last, under a temporary name first. A `path` that already
 * holds other distributions stops the collection instead: a later step reading the directory would take them
 * for part of the release.
 */




/** The manifest's name inside `path`. */
const MANIFEST_NAME = 'manifest.json';
/** Problems with distributions `path` already holds: another file, or one of ours with other bytes. */
async function existingFileProblems(path, pathInput, files) {
    const names = await (0,promises_.readdir)(path).catch(() => []);
    const ours = new Map(files.map((file) => [file.filename, file]));
    const problems = [];
    for (const name of selectDistFilenames(names).dists) {
        const file = ours.get(name);
        const fix = `collect into an empty directory (or empty ${pathInput} first), so that the release is exactly what the artifacts hold`;
        if (!file)
            problems.push(`${pathInput} ${path} already holds ${name}, which no artifact has: ${fix}`);
        else if ((await hashFile((0,external_node_path_.join)(path, name), [])).sha256 !== file.sha256)
            problems.push(`${pathInput} ${path} already holds ${name} with other bytes than artifact ${file.artifact}'s: ${fix}`);
    }
    return problems;
}
/** Moves the staged files into `path` and writes the manifest; resolves with the manifest's path. */
async function placeRelease(path, files) {
    for (const file of files)
        await (0,promises_.rename)(file.path, (0,external_node_path_.join)(path, file.filename));
    const manifest = (0,external_node_path_.join)(path, MANIFEST_NAME);
    const text = serializeManifest({
        schema: 'release-actions/manifest@1',
        files: files.map(({ filename, size, sha256, blake2b_256, artifact }) => ({
            file: filename,
            size,
            sha256,
            blake2b_256,
            origin: artifact,
        })),
    });
    await (0,promises_.writeFile)(`${manifest}.partial`, text);
    await (0,promises_.rename)(`${manifest}.partial`, manifest);
    return manifest;
}

;// CONCATENATED MODULE: ./packages/collect/entry-paths.ts
/**
 * Which paths inside an artifact are safe to take a file from. An artifact is somebody else's archive: an
 * absolute path, a drive, or a `..` component would name a place outside the artifact, and is refused rather
 * than quietly rewritten (as unzip tools do), by the rules of every OS the release may be collected on.
 */
/** Why `path` cannot name a file inside an artifact, or null when it can. */
function entryPathProblem(path) {
    if (path === '')
        return 'an empty name';
    if (path.includes('\0'))
        return 'a NUL character';
    if (path.startsWith('/') || path.startsWith('\\'))
        return 'an absolute path';
    if (/^[A-Za-z]:/.test(path))
        return 'a drive letter';
    if (path.split(/[/\\]/).includes('..'))
        return "a '..' component";
    return null;
}
/** The last component of an entry's path: its name once flattened. */
function entryBasename(path) {
    const parts = path.split(/[/\\]/).filter((part) => part !== '' && part !== '.');
    return parts.at(-1) ?? '';
}

;// CONCATENATED MODULE: ./packages/collect/stage.ts
/**
 * Copying a file out of an artifact into the staging directory, hashed on the way: the digests are those of
 * the bytes written. It is written under a temporary name and renamed only when complete, so a job killed
 * midway leaves a `.partial` file no reader takes for a distribution (dotfiles are no release's).
 */



async function writeAll(handle, chunk) {
    for (let offset = 0; offset < chunk.length;) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
    }
}
/** Copies `entry` to `directory/filename`, hashing sha256 and blake2b-256 while each chunk is being written. */
async function stageEntry(entry, artifact, filename, directory) {
    await (0,promises_.mkdir)(directory, { recursive: true });
    const path = (0,external_node_path_.join)(directory, filename);
    const partial = (0,external_node_path_.join)(directory, `.${filename}.partial`);
    const digests = await DigestAccumulator.create(['blake2_256']);
    const handle = await (0,promises_.open)(partial, 'wx');
    try {
        for await (const chunk of entry.read()) {
            const writing = writeAll(handle, chunk);
            digests.update(chunk); // on this thread while the write runs on libuv's
            await writing;
        }
    }
    catch (error) {
        await handle.close();
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
    await handle.close();
    await (0,promises_.rename)(partial, path);
    const { size, sha256, blake2_256 } = digests.digest();
    return { filename, artifact, entryPath: entry.path, path, size, sha256, blake2b_256: blake2_256 ?? '' };
}

;// CONCATENATED MODULE: ./packages/collect/read-artifact.ts
/**
 * One artifact, read: every entry checked (nothing outside the artifact, no links, no devices), each
 * distribution copied to the staging directory with its digests, every other file listed and left out.
 */




const KIND_WORDS = { symlink: 'a symbolic link', special: 'a device, FIFO or socket' };
const isDistribution = (name) => selectDistFilenames([name]).dists.length === 1;
/** What went wrong with the artifact, in one line; a bug in this code is thrown on instead, to be reported as one. */
function problemOf(error) {
    if (error instanceof TypeError || error instanceof ReferenceError)
        throw error;
    return error instanceof Error ? error.message : String(error);
}
/** Why an entry is refused, or null; the source's own refusal counts only for what would be extracted. */
function refusalOf(entry) {
    const pathProblem = entryPathProblem(entry.path);
    if (pathProblem)
        return `has ${pathProblem}`;
    if (entry.kind === 'symlink' || entry.kind === 'special')
        return `is ${KIND_WORDS[entry.kind]}`;
    return entry.kind === 'file' && isDistribution(entryBasename(entry.path)) ? entry.refusal : null;
}
/** Reads `artifact` from `source`, staging its distributions under `stagingDir/<id>.<n>/`. */
async function readArtifact(source, artifact, stagingDir) {
    const outcome = { artifact, staged: [], extras: [], problems: [] };
    const where = `artifact ${artifact.name}`;
    let opened;
    try {
        opened = await source.open(artifact);
    }
    catch (error) {
        outcome.problems.push(problemOf(error));
        return outcome;
    }
    try {
        const refused = opened.entries.flatMap((entry) => {
            const why = refusalOf(entry);
            return why ? [`${where}: entry ${JSON.stringify(entry.path)} ${why}, so the artifact is refused`] : [];
        });
        if (refused.length > 0) {
            outcome.problems.push(...refused);
            return outcome;
        }
        const copies = new Map();
        for (const entry of opened.entries.filter((e) => e.kind === 'file')) {
            const name = entryBasename(entry.path);
            if (!isDistribution(name)) {
                outcome.extras.push({ artifact: artifact.name, path: entry.path, size: entry.size });
                continue;
            }
            // Two entries of one name in one artifact (different folders) each get a directory of their own.
            const copy = copies.get(name) ?? 0;
            copies.set(name, copy + 1);
            const directory = (0,external_node_path_.join)(stagingDir, `${artifact.id}.${copy}`);
            outcome.staged.push(await stageEntry(entry, artifact.name, name, directory));
        }
    }
    catch (error) {
        outcome.problems.push(`${where}: ${problemOf(error)}`);
    }
    finally {
        await opened.close();
    }
    return outcome;
}

;// CONCATENATED MODULE: ./packages/collect/release-check.ts
/**
 * Whether the collected files make one release: every filename valid, one project and one version (those of
 * the `name` and `version` inputs when given), and exactly one sdist when one is required. Pure: the metadata
 * was read before.
 */


const release_check_MAX_NAMES = 3;
/** One key for versions that are equal by PEP 440 (`1.2.dev3` and `1.2.0.dev3`, as PyPI takes them), else the text. */
function versionKey(text) {
    const version = (0,parse/* parseVersion */.ot)(text);
    if (!version)
        return text;
    const release = [...version.release];
    while (release.length > 1 && release.at(-1) === 0)
        release.pop();
    return (0,pep440_format/* formatVersion */.qh)({ ...version, release });
}
function describeGroups(groups, label) {
    return [...groups.values()]
        .map((members) => {
        const names = members.slice(0, release_check_MAX_NAMES).map((m) => `${m.filename} from ${m.origin}`);
        const more = members.length > release_check_MAX_NAMES ? `, and ${members.length - release_check_MAX_NAMES} more` : '';
        return `${label(members[0])} (${names.join(', ')}${more})`;
    })
        .join(' and ');
}
function groupBy(members, key) {
    const groups = new Map();
    for (const member of members)
        groups.set(key(member), [...(groups.get(key(member)) ?? []), member]);
    return groups;
}
function identify(members, problems) {
    return members.flatMap((member) => {
        try {
            const parsed = parseDistFilename(member.filename);
            const project = member.metadata?.name ?? parsed.nameInFilename;
            const versionText = member.metadata?.version ?? parsed.versionInFilename;
            return [{ ...member, parsed, project, versionText }];
        }
        catch (error) {
            problems.push(`${member.filename} from ${member.origin} is not a valid distribution filename: ${error.message}`);
            return [];
        }
    });
}
function sdistProblems(members, rules) {
    const sdists = members.filter((m) => m.parsed.kind === 'sdist');
    if (sdists.length > 1)
        return [
            `the release would hold ${sdists.length} sdists (${sdists.map((s) => `${s.filename} from ${s.origin}`).join(', ')}), and an index takes one: remove the stale one`,
        ];
    if (sdists.length === 0 && rules.requireSdist)
        return [
            'no sdist (.tar.gz) is among the artifacts: collect the artifact of the job that builds it (python -m build --sdist), or set require-sdist: false',
        ];
    return [];
}
/** Checks that `members` make one release under `rules`. */
function checkRelease(members, rules) {
    const problems = [];
    const identified = identify(members, problems);
    const projects = groupBy(identified, (m) => (0,names/* normalizeProjectName */.yz)(m.project));
    const versions = groupBy(identified, (m) => versionKey(m.versionText));
    const first = identified[0];
    if (projects.size > 1)
        problems.push(`the files are not one project: ${describeGroups(projects, (m) => m.project)}; collect one project's artifacts per step (narrow the pattern input)`);
    else if (first &&
        rules.name !== null &&
        (0,names/* normalizeProjectName */.yz)(rules.name) !== (0,names/* normalizeProjectName */.yz)(first.project))
        problems.push(`the files are project ${first.project}, not ${rules.name} as the name input says: collect the right artifacts or fix the name input`);
    if (versions.size > 1)
        problems.push(`the files are not one version: ${describeGroups(versions, (m) => m.versionText)}; every job must build the same version (compute-dev-version's output)`);
    else if (first && rules.version !== null && versionKey(rules.version) !== versionKey(first.versionText))
        problems.push(`the files are version ${first.versionText}, not ${rules.version} as the version input says: the jobs built another version than the one computed`);
    problems.push(...sdistProblems(identified, rules));
    return { project: first?.project ?? null, version: first?.versionText ?? null, problems };
}

;// CONCATENATED MODULE: ./packages/collect/collect.ts
/**
 * A whole collection: list the source's artifacts, pick the newest of each name the pattern matches, read them
 * concurrently into a staging directory inside `path`, flatten, check the release (metadata and PyPI's rules,
 * one project and version, the sdist, the `expected` plan), and only when all of that holds, place the files
 * and write the manifest. Nothing reaches `path` from a collection that fails; the staging directory goes
 * either way.
 */











async function listArtifacts(source) {
    try {
        return await source.list();
    }
    catch (error) {
        if (error instanceof errors/* CollectError */.h)
            throw error;
        const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new errors/* CollectError */.h(`cannot list ${source.describe}: ${why}`);
    }
}
/** Distribution filenames per artifact (every copy), for the completeness check. */
function filesByArtifact(outcomes) {
    return new Map(outcomes.map((o) => [o.artifact.name, o.staged.map((file) => file.filename)]));
}
/** Checks the flattened release; fills the report's files, identity, expected and problems. */
async function judge(report, outcomes, options) {
    const flat = flatten(outcomes.flatMap((o) => o.staged));
    report.problems.push(...flat.problems);
    const inspected = await inspectFiles(flat.files);
    report.files = inspected.files;
    report.problems.push(...inspected.problems);
    const identity = checkRelease(inspected.files.map((f) => ({ ...f, origin: f.artifact })), options.rules);
    report.project = identity.project;
    report.version = identity.version;
    report.problems.push(...identity.problems);
    if (options.expected) {
        report.expected = checkExpected(options.expected, filesByArtifact(outcomes), options.pattern);
        report.problems.push(...report.expected.problems);
    }
    report.problems.push(...(await existingFileProblems(options.path, options.pathInput ?? 'path', flat.files)));
}
/**
 * Collects; throws CollectError only when there is nothing to collect (or no way to list it).
 *
 * The whole collection runs with V8's young generation collected on a timer (common's withYoungCollection):
 * the artifact client's HTTP chunks are freed as they die, and so is the burst of small reads the checks make
 * of every file once the downloads end. Downloads alone under the timer left the checks to a young generation
 * the downloads had grown, which they filled with garbage: 2 GiB through the service peaked at 150 to 187 MiB
 * in their last quarter second, 1 GiB at 138 (the young generation grows with the bytes transferred).
 */
async function collectArtifacts(options) {
    return withYoungCollection(() => collectWhole(options), YOUNG_COLLECTION_MS);
}
/**
 * Every 10 ms, not common's 20: 2 GiB through the service peaked at 133 to 135 MiB over five runs, against 138
 * to 151 at 20 ms (the same machine, alternating), and took less CPU.
 */
const YOUNG_COLLECTION_MS = 10;
async function collectWhole(options) {
    const available = await listArtifacts(options.source);
    const selected = selectArtifacts(available, options.pattern, options.source.describe);
    const report = {
        source: options.source.describe,
        available,
        selected,
        files: [],
        extras: [],
        expected: null,
        project: null,
        version: null,
        problems: [],
        manifest: null,
    };
    await (0,promises_.mkdir)(options.path, { recursive: true });
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.path, '.collect-'));
    try {
        const readsAtOnce = options.concurrency ?? options.source.concurrency ?? 4;
        const outcomes = (await mapWithLimit(selected, readsAtOnce, async (artifact) => {
            const outcome = await readArtifact(options.source, artifact, staging);
            options.onArtifact?.(outcome);
            return outcome;
        }));
        report.extras = outcomes.flatMap((o) => o.extras);
        report.problems.push(...outcomes.flatMap((o) => o.problems));
        // A release checked without an artifact it should hold would only add misleading lines.
        if (report.problems.length === 0)
            await judge(report, outcomes, options);
        if (report.problems.length === 0)
            report.manifest = await placeRelease(options.path, report.files);
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
    return report;
}

// EXTERNAL MODULE: ./packages/collect/directory-source.ts
var directory_source = __webpack_require__(36192);
// EXTERNAL MODULE: ./packages/collect/zip-source.ts
var zip_source = __webpack_require__(60328);
// EXTERNAL MODULE: ./packages/collect/platforms.ts
var platforms = __webpack_require__(16687);
;// CONCATENATED MODULE: ./packages/collect/index.ts
/**
 * collect: every job's artifacts gathered into one checked, hashed release set and its manifest (what
 * publish-pypi and verify-pypi read). Pure planning and checks over an injected artifact source. See README.md.
 */













/***/ })

};
