export const id = 1158;
export const ids = [1158];
export const modules = {

/***/ 8354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _kubernetes_models_validate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5707);
const validate=validate0;let formats0=_kubernetes_models_validate__WEBPACK_IMPORTED_MODULE_0__/* .formats */ .F.int64;function validate1(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate1.errors=vErrors,0===errors}function validate0(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0!==data.revision&&(validate1(data.revision,{instancePath:instancePath+"/revision",parentData:data,parentDataProperty:"revision",rootData})||(errors=(vErrors=null===vErrors?validate1.errors:vErrors.concat(validate1.errors)).length));else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate0.errors=vErrors,0===errors}

/***/ }),

/***/ 1158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DeploymentRollback: () => (/* binding */ DeploymentRollback)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/model.js + 2 modules
var model = __webpack_require__(4424);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/meta.js
var meta = __webpack_require__(5450);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiAppsV1beta1RollbackConfig.js
var IoK8sApiAppsV1beta1RollbackConfig = __webpack_require__(8354);
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiAppsV1beta1DeploymentRollback.js
const validate=validate1;let schema2_enum=["apps/v1beta1"];function validate2(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("apps/v1beta1"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema2_enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate2.errors=vErrors,0===errors}let schema3_enum=["DeploymentRollback"];function validate4(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("DeploymentRollback"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema3_enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate4.errors=vErrors,0===errors}function validate0(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate0.errors=vErrors,0===errors}function validate7(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return (0,IoK8sApiAppsV1beta1RollbackConfig/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1beta1RollbackConfig/* validate */.t.errors:vErrors.concat(IoK8sApiAppsV1beta1RollbackConfig/* validate */.t.errors)).length),validate7.errors=vErrors,0===errors}function validate11(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)validate0(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?validate0.errors:vErrors.concat(validate0.errors)).length);return validate11.errors=vErrors,0===errors}function validate1(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.rollbackTo){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"rollbackTo"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}if(void 0===data.apiVersion){let err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"apiVersion"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}if(void 0===data.kind){let err3={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err3]:vErrors.push(err3),errors++}void 0!==data.apiVersion&&(validate2(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?validate2.errors:vErrors.concat(validate2.errors)).length)),void 0!==data.kind&&(validate4(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?validate4.errors:vErrors.concat(validate4.errors)).length)),void 0!==data.name&&(validate0(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?validate0.errors:vErrors.concat(validate0.errors)).length)),void 0!==data.rollbackTo&&(validate7(data.rollbackTo,{instancePath:instancePath+"/rollbackTo",parentData:data,parentDataProperty:"rollbackTo",rootData})||(errors=(vErrors=null===vErrors?validate7.errors:vErrors.concat(validate7.errors)).length)),void 0!==data.updatedAnnotations&&(validate11(data.updatedAnnotations,{instancePath:instancePath+"/updatedAnnotations",parentData:data,parentDataProperty:"updatedAnnotations",rootData})||(errors=(vErrors=null===vErrors?validate11.errors:vErrors.concat(validate11.errors)).length))}else{let err4={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err4]:vErrors.push(err4),errors++}return validate1.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/apps/v1beta1/DeploymentRollback.js
class DeploymentRollback extends model/* Model */.K{static{this.apiVersion="apps/v1beta1"}static{this.kind="DeploymentRollback"}static{this.is=(0,meta/* createTypeMetaGuard */.V)(DeploymentRollback)}constructor(data){super(),this.setDefinedProps({apiVersion:DeploymentRollback.apiVersion,kind:DeploymentRollback.kind,...data})}}(0,model/* setValidateFunc */.V)(DeploymentRollback,validate);

/***/ })

};
