import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

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
/******/ 		8792: 0
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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ schemas_entry_KUBE_KINDS),
  M: () => (/* binding */ fluxModels)
});

;// CONCATENATED MODULE: ./packages/core/src/validate/kube-kinds.ts
// Written by scripts/write-kube-kinds.ts (npm run kube-kinds) from kubernetes-models 5.1.0: do not edit.
// Each Kubernetes kind the package models, by `apiVersion/kind`, and the import() of its own module: a
// validating render loads the kinds it holds, each once, and the bundle keeps each kind's validators in
// chunks of their own.
/** The 235 kinds of kubernetes-models 5.1.0. */
const KUBE_KINDS = new Map([
    [
        'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1003), __nccwpck_require__.e(9077)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2447)),
    ],
    [
        'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(2530), __nccwpck_require__.e(8484)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9458)),
    ],
    [
        'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBindingList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(2530), __nccwpck_require__.e(8910)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8910)),
    ],
    [
        'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(1003), __nccwpck_require__.e(6577)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6577)),
    ],
    [
        'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1864), __nccwpck_require__.e(4929)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4307)),
    ],
    [
        'admissionregistration.k8s.io/v1/MutatingWebhookConfigurationList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(1864), __nccwpck_require__.e(4727)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4727)),
    ],
    [
        'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1153), __nccwpck_require__.e(3445)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3499)),
    ],
    [
        'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7722), __nccwpck_require__.e(5396)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1766)),
    ],
    [
        'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBindingList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7722), __nccwpck_require__.e(222)]).then(__nccwpck_require__.bind(__nccwpck_require__, 222)),
    ],
    [
        'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(1153), __nccwpck_require__.e(4850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4850)),
    ],
    [
        'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9144), __nccwpck_require__.e(8753)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9239)),
    ],
    [
        'admissionregistration.k8s.io/v1/ValidatingWebhookConfigurationList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9144), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 443)),
    ],
    [
        'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(3339), __nccwpck_require__.e(116)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8686)),
    ],
    [
        'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfigurationList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(3339), __nccwpck_require__.e(6921)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6921)),
    ],
    [
        'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8123), __nccwpck_require__.e(5760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8214)),
    ],
    [
        'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfigurationList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8123), __nccwpck_require__.e(8761)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8761)),
    ],
    ['apiextensions.k8s.io/v1/CustomResourceDefinition', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9201), __nccwpck_require__.e(685)]).then(__nccwpck_require__.bind(__nccwpck_require__, 679))],
    [
        'apiextensions.k8s.io/v1/CustomResourceDefinitionList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9201), __nccwpck_require__.e(8679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8679)),
    ],
    [
        'apiextensions.k8s.io/v1beta1/CustomResourceDefinition',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6169), __nccwpck_require__.e(5240)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9938)),
    ],
    [
        'apiextensions.k8s.io/v1beta1/CustomResourceDefinitionList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6169), __nccwpck_require__.e(6204)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6204)),
    ],
    ['apiregistration.k8s.io/v1/APIService', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5955)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5955))],
    ['apiregistration.k8s.io/v1/APIServiceList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9943))],
    ['apiregistration.k8s.io/v1beta1/APIService', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6084)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6084))],
    ['apiregistration.k8s.io/v1beta1/APIServiceList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9557)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9557))],
    ['apps/v1/ControllerRevision', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(2162)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2162))],
    ['apps/v1/ControllerRevisionList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(301)]).then(__nccwpck_require__.bind(__nccwpck_require__, 301))],
    ['apps/v1/DaemonSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(6333), __nccwpck_require__.e(3409)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3247))],
    ['apps/v1/DaemonSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(6333), __nccwpck_require__.e(9438)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9438))],
    ['apps/v1/Deployment', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1205), __nccwpck_require__.e(8810)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1848))],
    ['apps/v1/DeploymentList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1205), __nccwpck_require__.e(7027)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7027))],
    ['apps/v1/ReplicaSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(7583)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7583))],
    ['apps/v1/ReplicaSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(7714)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7714))],
    ['apps/v1/StatefulSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(123), __nccwpck_require__.e(7741)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9179))],
    ['apps/v1/StatefulSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(123), __nccwpck_require__.e(878)]).then(__nccwpck_require__.bind(__nccwpck_require__, 878))],
    ['apps/v1beta1/ControllerRevision', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9747)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9747))],
    ['apps/v1beta1/ControllerRevisionList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(791)]).then(__nccwpck_require__.bind(__nccwpck_require__, 791))],
    ['apps/v1beta1/Deployment', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(4435), __nccwpck_require__.e(5299)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2377))],
    ['apps/v1beta1/DeploymentList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(4435), __nccwpck_require__.e(8314)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8314))],
    ['apps/v1beta1/DeploymentRollback', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1158)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1158))],
    ['apps/v1beta1/Scale', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(2939)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2939))],
    ['apps/v1beta1/StatefulSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(4914), __nccwpck_require__.e(9006)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8692))],
    ['apps/v1beta1/StatefulSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(4914), __nccwpck_require__.e(8009)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8009))],
    ['apps/v1beta2/ControllerRevision', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1592)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1592))],
    ['apps/v1beta2/ControllerRevisionList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7602)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7602))],
    ['apps/v1beta2/DaemonSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(532), __nccwpck_require__.e(4127)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2257))],
    ['apps/v1beta2/DaemonSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(532), __nccwpck_require__.e(9873)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9873))],
    ['apps/v1beta2/Deployment', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(3815), __nccwpck_require__.e(3528)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2506))],
    ['apps/v1beta2/DeploymentList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(3815), __nccwpck_require__.e(5660)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5660))],
    ['apps/v1beta2/ReplicaSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1181)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1181))],
    ['apps/v1beta2/ReplicaSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(2862)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2862))],
    ['apps/v1beta2/Scale', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(3165)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3165))],
    ['apps/v1beta2/StatefulSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(6958), __nccwpck_require__.e(9499)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9821))],
    ['apps/v1beta2/StatefulSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(6958), __nccwpck_require__.e(9728)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9728))],
    ['authentication.k8s.io/v1/SelfSubjectReview', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4384), __nccwpck_require__.e(5725)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5725))],
    ['authentication.k8s.io/v1/TokenRequest', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8717)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8717))],
    ['authentication.k8s.io/v1/TokenReview', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4384), __nccwpck_require__.e(1700)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1700))],
    ['authentication.k8s.io/v1beta1/TokenReview', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7984)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7984))],
    ['authorization.k8s.io/v1/LocalSubjectAccessReview', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4602), __nccwpck_require__.e(9974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9974))],
    ['authorization.k8s.io/v1/SelfSubjectAccessReview', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4602), __nccwpck_require__.e(8848)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8848))],
    ['authorization.k8s.io/v1/SelfSubjectRulesReview', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4601)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4601))],
    ['authorization.k8s.io/v1/SubjectAccessReview', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4602), __nccwpck_require__.e(8037)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8037))],
    [
        'authorization.k8s.io/v1beta1/LocalSubjectAccessReview',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4934), __nccwpck_require__.e(6442)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6442)),
    ],
    [
        'authorization.k8s.io/v1beta1/SelfSubjectAccessReview',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4934), __nccwpck_require__.e(9773)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9773)),
    ],
    [
        'authorization.k8s.io/v1beta1/SelfSubjectRulesReview',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4506)),
    ],
    ['authorization.k8s.io/v1beta1/SubjectAccessReview', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4934), __nccwpck_require__.e(1418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1418))],
    ['autoscaling/v1/HorizontalPodAutoscaler', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(897)]).then(__nccwpck_require__.bind(__nccwpck_require__, 897))],
    ['autoscaling/v1/HorizontalPodAutoscalerList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 522))],
    ['autoscaling/v1/Scale', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8161)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8161))],
    ['autoscaling/v2/HorizontalPodAutoscaler', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5272), __nccwpck_require__.e(5154)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1964))],
    ['autoscaling/v2/HorizontalPodAutoscalerList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5272), __nccwpck_require__.e(9509)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9509))],
    ['autoscaling/v2beta1/HorizontalPodAutoscaler', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4475), __nccwpck_require__.e(1887)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4953))],
    ['autoscaling/v2beta1/HorizontalPodAutoscalerList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(4475), __nccwpck_require__.e(1962)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1962))],
    ['autoscaling/v2beta2/HorizontalPodAutoscaler', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8237), __nccwpck_require__.e(3574)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7332))],
    ['autoscaling/v2beta2/HorizontalPodAutoscalerList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8237), __nccwpck_require__.e(311)]).then(__nccwpck_require__.bind(__nccwpck_require__, 311))],
    ['batch/v1/CronJob', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1480), __nccwpck_require__.e(9262)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9262))],
    ['batch/v1/CronJobList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1480), __nccwpck_require__.e(4762)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4762))],
    ['batch/v1/Job', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1480), __nccwpck_require__.e(3850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3850))],
    ['batch/v1/JobList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1480), __nccwpck_require__.e(3659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3659))],
    ['batch/v1beta1/CronJob', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1480), __nccwpck_require__.e(8949)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8949))],
    ['batch/v1beta1/CronJobList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1480), __nccwpck_require__.e(5064)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5064))],
    ['certificates.k8s.io/v1/CertificateSigningRequest', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5114)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5114))],
    [
        'certificates.k8s.io/v1/CertificateSigningRequestList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8093)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8093)),
    ],
    [
        'certificates.k8s.io/v1beta1/CertificateSigningRequest',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(493)]).then(__nccwpck_require__.bind(__nccwpck_require__, 493)),
    ],
    [
        'certificates.k8s.io/v1beta1/CertificateSigningRequestList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5700)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5700)),
    ],
    ['coordination.k8s.io/v1/Lease', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7536)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7536))],
    ['coordination.k8s.io/v1/LeaseList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5826)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5826))],
    ['coordination.k8s.io/v1beta1/Lease', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8877)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8877))],
    ['coordination.k8s.io/v1beta1/LeaseList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(3306)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3306))],
    ['discovery.k8s.io/v1/EndpointSlice', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9650), __nccwpck_require__.e(9714)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6524))],
    ['discovery.k8s.io/v1/EndpointSliceList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9650), __nccwpck_require__.e(1891)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1891))],
    ['discovery.k8s.io/v1beta1/EndpointSlice', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7776), __nccwpck_require__.e(8353)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6491))],
    ['discovery.k8s.io/v1beta1/EndpointSliceList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7776), __nccwpck_require__.e(8563)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8563))],
    ['events.k8s.io/v1/Event', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6076)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6076))],
    ['events.k8s.io/v1/EventList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9726)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9726))],
    ['events.k8s.io/v1beta1/Event', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1641))],
    ['events.k8s.io/v1beta1/EventList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54))],
    ['extensions/v1beta1/DaemonSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(45), __nccwpck_require__.e(6288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6262))],
    ['extensions/v1beta1/DaemonSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(45), __nccwpck_require__.e(2455)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2455))],
    ['extensions/v1beta1/Deployment', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(9828), __nccwpck_require__.e(3425)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2535))],
    ['extensions/v1beta1/DeploymentList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(9828), __nccwpck_require__.e(1658)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1658))],
    ['extensions/v1beta1/DeploymentRollback', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5294)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5294))],
    ['extensions/v1beta1/Ingress', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1146), __nccwpck_require__.e(5423)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6237))],
    ['extensions/v1beta1/IngressList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(1146), __nccwpck_require__.e(6331)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6331))],
    ['extensions/v1beta1/NetworkPolicy', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4202), __nccwpck_require__.e(3540)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4610))],
    ['extensions/v1beta1/NetworkPolicyList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(4202), __nccwpck_require__.e(1159)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3540))],
    ['extensions/v1beta1/PodSecurityPolicy', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9012), __nccwpck_require__.e(3531)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3813))],
    ['extensions/v1beta1/PodSecurityPolicyList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9012), __nccwpck_require__.e(7368)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7368))],
    ['extensions/v1beta1/ReplicaSet', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(7120)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7120))],
    ['extensions/v1beta1/ReplicaSetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(2358)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2358))],
    ['extensions/v1beta1/Scale', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(3315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3315))],
    ['flowcontrol.apiserver.k8s.io/v1/FlowSchema', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(336), __nccwpck_require__.e(5950)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3468))],
    ['flowcontrol.apiserver.k8s.io/v1/FlowSchemaList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(336), __nccwpck_require__.e(616)]).then(__nccwpck_require__.bind(__nccwpck_require__, 616))],
    [
        'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9679)),
    ],
    [
        'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfigurationList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7642)),
    ],
    ['flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5969), __nccwpck_require__.e(11)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5281))],
    [
        'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchemaList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5969), __nccwpck_require__.e(598)]).then(__nccwpck_require__.bind(__nccwpck_require__, 598)),
    ],
    [
        'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8646)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8646)),
    ],
    [
        'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfigurationList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8457)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8457)),
    ],
    ['flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6554), __nccwpck_require__.e(3368)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9066))],
    [
        'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchemaList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6554), __nccwpck_require__.e(1127)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1127)),
    ],
    [
        'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6265)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6265)),
    ],
    [
        'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfigurationList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(2469)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2469)),
    ],
    ['flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5066), __nccwpck_require__.e(1789)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6780))],
    [
        'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchemaList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5066), __nccwpck_require__.e(1535)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1535)),
    ],
    [
        'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1952)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1952)),
    ],
    [
        'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfigurationList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9678)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9678)),
    ],
    ['networking.k8s.io/v1/IPAddress', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8408)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8408))],
    ['networking.k8s.io/v1/IPAddressList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6165)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6165))],
    ['networking.k8s.io/v1/Ingress', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7952), __nccwpck_require__.e(9498)]).then(__nccwpck_require__.bind(__nccwpck_require__, 984))],
    ['networking.k8s.io/v1/IngressClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7718))],
    ['networking.k8s.io/v1/IngressClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8601)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8601))],
    ['networking.k8s.io/v1/IngressList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7952), __nccwpck_require__.e(5402)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5402))],
    ['networking.k8s.io/v1/NetworkPolicy', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8794), __nccwpck_require__.e(1733)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3539))],
    ['networking.k8s.io/v1/NetworkPolicyList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8794), __nccwpck_require__.e(8772)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8772))],
    ['networking.k8s.io/v1/ServiceCIDR', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6538))],
    ['networking.k8s.io/v1/ServiceCIDRList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(825)]).then(__nccwpck_require__.bind(__nccwpck_require__, 825))],
    ['networking.k8s.io/v1beta1/Ingress', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8041), __nccwpck_require__.e(2585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8447))],
    ['networking.k8s.io/v1beta1/IngressClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1351))],
    ['networking.k8s.io/v1beta1/IngressClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7540)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7540))],
    ['networking.k8s.io/v1beta1/IngressList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8041), __nccwpck_require__.e(3174)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3174))],
    ['node.k8s.io/v1/RuntimeClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8477)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8477))],
    ['node.k8s.io/v1/RuntimeClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(4213)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4213))],
    ['node.k8s.io/v1beta1/RuntimeClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 372))],
    ['node.k8s.io/v1beta1/RuntimeClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(3745)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3745))],
    ['policy/v1/Eviction', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7996), __nccwpck_require__.e(1075)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1075))],
    ['policy/v1/PodDisruptionBudget', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9811), __nccwpck_require__.e(2180)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8358))],
    ['policy/v1/PodDisruptionBudgetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9811), __nccwpck_require__.e(7216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7216))],
    ['policy/v1beta1/Eviction', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7996), __nccwpck_require__.e(7648)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7648))],
    ['policy/v1beta1/PodDisruptionBudget', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8371), __nccwpck_require__.e(9527)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9945))],
    ['policy/v1beta1/PodDisruptionBudgetList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8371), __nccwpck_require__.e(7360)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7360))],
    ['policy/v1beta1/PodSecurityPolicy', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(2650), __nccwpck_require__.e(6283)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2993))],
    ['policy/v1beta1/PodSecurityPolicyList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(2650), __nccwpck_require__.e(3426)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3426))],
    ['rbac.authorization.k8s.io/v1/ClusterRole', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9768)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9768))],
    ['rbac.authorization.k8s.io/v1/ClusterRoleBinding', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8475)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8475))],
    [
        'rbac.authorization.k8s.io/v1/ClusterRoleBindingList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8610)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8610)),
    ],
    ['rbac.authorization.k8s.io/v1/ClusterRoleList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7643)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7643))],
    ['rbac.authorization.k8s.io/v1/Role', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9056)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9056))],
    ['rbac.authorization.k8s.io/v1/RoleBinding', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7971)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7971))],
    ['rbac.authorization.k8s.io/v1/RoleBindingList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7924)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7924))],
    ['rbac.authorization.k8s.io/v1/RoleList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(1200)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1200))],
    ['rbac.authorization.k8s.io/v1beta1/ClusterRole', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(2969)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2969))],
    [
        'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4608)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4608)),
    ],
    [
        'rbac.authorization.k8s.io/v1beta1/ClusterRoleBindingList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8677)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8677)),
    ],
    [
        'rbac.authorization.k8s.io/v1beta1/ClusterRoleList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7969)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7969)),
    ],
    ['rbac.authorization.k8s.io/v1beta1/Role', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6547)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6547))],
    ['rbac.authorization.k8s.io/v1beta1/RoleBinding', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7390)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7390))],
    [
        'rbac.authorization.k8s.io/v1beta1/RoleBindingList',
        () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8686)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6305)),
    ],
    ['rbac.authorization.k8s.io/v1beta1/RoleList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(901)]).then(__nccwpck_require__.bind(__nccwpck_require__, 901))],
    ['resource.k8s.io/v1/DeviceClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7019)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7019))],
    ['resource.k8s.io/v1/DeviceClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(8022)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5641))],
    ['resource.k8s.io/v1/ResourceClaim', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5609), __nccwpck_require__.e(8126), __nccwpck_require__.e(8439)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3265))],
    ['resource.k8s.io/v1/ResourceClaimList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5609), __nccwpck_require__.e(8126), __nccwpck_require__.e(5707)]).then(__nccwpck_require__.bind(__nccwpck_require__, 945))],
    ['resource.k8s.io/v1/ResourceClaimTemplate', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5609), __nccwpck_require__.e(951)]).then(__nccwpck_require__.bind(__nccwpck_require__, 951))],
    ['resource.k8s.io/v1/ResourceClaimTemplateList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5609), __nccwpck_require__.e(149)]).then(__nccwpck_require__.bind(__nccwpck_require__, 149))],
    ['resource.k8s.io/v1/ResourceSlice', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1458), __nccwpck_require__.e(3961)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2079))],
    ['resource.k8s.io/v1/ResourceSliceList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(1458), __nccwpck_require__.e(8550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6169))],
    ['scheduling.k8s.io/v1/PriorityClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(4567)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4567))],
    ['scheduling.k8s.io/v1/PriorityClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5709)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5709))],
    ['scheduling.k8s.io/v1beta1/PriorityClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1668)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1668))],
    ['scheduling.k8s.io/v1beta1/PriorityClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7955)]).then(__nccwpck_require__.bind(__nccwpck_require__, 336))],
    ['storage.k8s.io/v1/CSIDriver', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(3569)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3569))],
    ['storage.k8s.io/v1/CSIDriverList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(4823)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4823))],
    ['storage.k8s.io/v1/CSINode', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8211))],
    ['storage.k8s.io/v1/CSINodeList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(4443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4443))],
    ['storage.k8s.io/v1/CSIStorageCapacity', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1678)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1678))],
    ['storage.k8s.io/v1/CSIStorageCapacityList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9350)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6969))],
    ['storage.k8s.io/v1/StorageClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9319)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9319))],
    ['storage.k8s.io/v1/StorageClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(607)]).then(__nccwpck_require__.bind(__nccwpck_require__, 607))],
    ['storage.k8s.io/v1/VolumeAttachment', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(285), __nccwpck_require__.e(7767)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7767))],
    ['storage.k8s.io/v1/VolumeAttachmentList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(285), __nccwpck_require__.e(1068)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1068))],
    ['storage.k8s.io/v1/VolumeAttributesClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1915)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1915))],
    ['storage.k8s.io/v1/VolumeAttributesClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(1846)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1846))],
    ['storage.k8s.io/v1beta1/CSIDriver', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5636)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5636))],
    ['storage.k8s.io/v1beta1/CSIDriverList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9973)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9973))],
    ['storage.k8s.io/v1beta1/CSINode', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(686)]).then(__nccwpck_require__.bind(__nccwpck_require__, 686))],
    ['storage.k8s.io/v1beta1/CSINodeList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(2996)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2996))],
    ['storage.k8s.io/v1beta1/CSIStorageCapacity', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(269)]).then(__nccwpck_require__.bind(__nccwpck_require__, 269))],
    ['storage.k8s.io/v1beta1/CSIStorageCapacityList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5537)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5537))],
    ['storage.k8s.io/v1beta1/StorageClass', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7680)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7680))],
    ['storage.k8s.io/v1beta1/StorageClassList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(1827)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1827))],
    ['storage.k8s.io/v1beta1/VolumeAttachment', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(285), __nccwpck_require__.e(9412)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9412))],
    ['storage.k8s.io/v1beta1/VolumeAttachmentList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(285), __nccwpck_require__.e(404)]).then(__nccwpck_require__.bind(__nccwpck_require__, 404))],
    ['v1/Binding', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(148)]).then(__nccwpck_require__.bind(__nccwpck_require__, 148))],
    ['v1/ComponentStatus', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7477)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7477))],
    ['v1/ComponentStatusList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7147)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7147))],
    ['v1/ConfigMap', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(9468)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9468))],
    ['v1/ConfigMapList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(7707)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7707))],
    ['v1/Endpoints', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(398)]).then(__nccwpck_require__.bind(__nccwpck_require__, 398))],
    ['v1/EndpointsList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5538))],
    ['v1/Event', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(644)]).then(__nccwpck_require__.bind(__nccwpck_require__, 644))],
    ['v1/EventList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9361)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9361))],
    ['v1/LimitRange', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1498)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1498))],
    ['v1/LimitRangeList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(2861)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2861))],
    ['v1/Namespace', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6943))],
    ['v1/NamespaceList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(2003)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4384))],
    ['v1/Node', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6339), __nccwpck_require__.e(5956)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5094))],
    ['v1/NodeList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6339), __nccwpck_require__.e(4577)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4577))],
    ['v1/PersistentVolume', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(285), __nccwpck_require__.e(5893)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5893))],
    ['v1/PersistentVolumeClaim', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6913))],
    ['v1/PersistentVolumeClaimList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(9305)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9305))],
    ['v1/PersistentVolumeList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(285), __nccwpck_require__.e(1785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1785))],
    ['v1/Pod', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(4537), __nccwpck_require__.e(2785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5539))],
    ['v1/PodList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(4537), __nccwpck_require__.e(2848)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2848))],
    ['v1/PodTemplate', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(1345)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1345))],
    ['v1/PodTemplateList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(3884)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3884))],
    ['v1/ReplicationController', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(5102)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5102))],
    ['v1/ReplicationControllerList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6925), __nccwpck_require__.e(710), __nccwpck_require__.e(6827)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6827))],
    ['v1/ResourceQuota', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(1752)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1752))],
    ['v1/ResourceQuotaList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(5927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5927))],
    ['v1/Secret', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(7498)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7498))],
    ['v1/SecretList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6801)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6801))],
    ['v1/Service', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(2292), __nccwpck_require__.e(4125)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5651))],
    ['v1/ServiceAccount', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(5632)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5632))],
    ['v1/ServiceAccountList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(2155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2155))],
    ['v1/ServiceList', () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(2292), __nccwpck_require__.e(9744)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9744))],
]);

;// CONCATENATED MODULE: ./packages/core/src/validate/schemas-entry.ts
// The Kubernetes and Flux kinds' validators (kubernetes-models, @kubernetes-models/flux-cd: ~11 MB of generated
// code), bundled once into packages/cli/schemas/ (scripts/bundle.mjs, target `schemas`), which every bundle that
// validates loads at run time (schemas-load.ts): the actions and the CLI no longer each carry a copy.

/** The built-in kinds the package models, and their modules' loaders (kube-kinds.ts). */
const schemas_entry_KUBE_KINDS = KUBE_KINDS;
/** Flux's kinds' models, loaded on the first Flux object a run validates. */
const fluxModels = () => Promise.all(/* import() */[__nccwpck_require__.e(7537), __nccwpck_require__.e(8375), __nccwpck_require__.e(6642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6642));

var __webpack_exports__KUBE_KINDS = __webpack_exports__.K;
var __webpack_exports__fluxModels = __webpack_exports__.M;
export { __webpack_exports__KUBE_KINDS as KUBE_KINDS, __webpack_exports__fluxModels as fluxModels };
