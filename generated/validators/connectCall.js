/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * validator input sha256: 4e0c2b1465a29581932b1ace08bf203bcf932d97c9425e5a17fadf974d927802
 */
// Ajv standalone code (draft-07 engine; the schemas use no keyword whose meaning differs in 2020-12), annotations stripped. No runtime imports.
export const validateConnectCallRequest = validate65;
const schema29 = {"type":"object","required":["direction","phoneNumberId","customer"],"properties":{"direction":{"$ref":"Direction.json"},"phoneNumberId":{"type":"string"},"customer":{"$ref":"Customer.json"},"metadata":{"$ref":"Metadata.json"},"assistant":{"$ref":"Assistant.json"},"assistantId":{"type":"string"},"assistantOverrides":{"$ref":"AssistantOverrides.json"}},"$id":"ConnectCallRequest.json"};
const schema22 = {"type":"string","enum":["inbound","outbound"],"$id":"Direction.json"};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Direction.json" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "inbound") || (data === "outbound"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","properties":{"number":{"type":"string"},"name":{"type":"string"}},"$id":"Customer.json"};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Customer.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number !== undefined){
if(typeof data.number !== "string"){
const err0 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","additionalProperties":true,"$id":"Metadata.json"};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Metadata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}

const schema6 = {"type":"object","properties":{"name":{"type":"string"},"welcomeMessage":{"type":"string"},"welcomeMessageMode":{"type":"string"},"welcomeMessageInterruptionsEnabled":{"type":"boolean"},"assistantProvider":{"type":"string"},"assistantModel":{"type":"string"},"assistantLLMUrl":{"type":"string"},"assistantSystemPrompt":{"type":"string"},"assistantTemperature":{"type":"number"},"assistantMaxTokens":{"type":"number"},"assistantResponseSplitter":{"type":"string"},"config":{"$ref":"AssistantConfig.json"},"hints":{"type":"array","items":{"type":"string"}},"backgroundSound":{"type":"string"},"backgroundSoundVolume":{"type":"number"},"assistantBackchannelingEnabled":{"type":"boolean"},"dtmfInputEnabled":{"type":"boolean"},"maxCallDuration":{"type":"number"},"idleTimeout":{"type":"number"},"maxIdleMessagesInSequence":{"type":"number"},"startSpeakingOptions":{"$ref":"StartSpeakingOptions.json"},"stopSpeakingOptions":{"$ref":"StopSpeakingOptions.json"},"assistantToolIds":{"type":"array","items":{}},"assistantPredefinedTools":{"$ref":"AssistantPredefinedTools.json"},"assistantKnowledgeBaseIds":{"type":"array","items":{}},"endCallMessage":{"type":"string"},"endCallToolDescription":{"type":"string"},"endCallPhrases":{"type":"array","items":{"type":"string"}},"callForwardData":{"$ref":"CallForwardData.json"},"assistantAnalysis":{"$ref":"AssistantAnalysis.json"},"assistantOverrides":{"$ref":"AssistantOverrides.json"},"assistantServer":{"$ref":"AssistantServer.json"}},"$id":"Assistant.json"};
const schema7 = {"type":"object","properties":{"speech":{"$ref":"SpeechConfig.json"}},"$id":"AssistantConfig.json"};
const schema8 = {"type":"object","properties":{"stt":{"$ref":"SpeechToText.json"},"ttsData":{"type":"array","items":{"$ref":"TextToSpeech.json"}}},"$id":"SpeechConfig.json"};
const schema9 = {"type":"object","properties":{"vendor":{"type":"string"},"languages":{"type":"string"}},"$id":"SpeechToText.json"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="SpeechToText.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vendor !== undefined){
if(typeof data.vendor !== "string"){
const err0 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.languages !== undefined){
if(typeof data.languages !== "string"){
const err1 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema10 = {"type":"object","properties":{"vendor":{"type":"string"},"language":{"type":"string"},"voice":{"type":"string"}},"$id":"TextToSpeech.json"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="TextToSpeech.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vendor !== undefined){
if(typeof data.vendor !== "string"){
const err0 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err1 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.voice !== undefined){
if(typeof data.voice !== "string"){
const err2 = {instancePath:instancePath+"/voice",schemaPath:"#/properties/voice/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="SpeechConfig.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stt !== undefined){
if(!(validate24(data.stt, {instancePath:instancePath+"/stt",parentData:data,parentDataProperty:"stt",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.ttsData !== undefined){
let data1 = data.ttsData;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data1[i0], {instancePath:instancePath+"/ttsData/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/ttsData",schemaPath:"#/properties/ttsData/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="AssistantConfig.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.speech !== undefined){
if(!(validate23(data.speech, {instancePath:instancePath+"/speech",parentData:data,parentDataProperty:"speech",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"object","properties":{"waitSeconds":{"type":"number"},"smartEndpointing":{"type":"string"},"onPunctuationSeconds":{"type":"number"},"onNoPunctuationSeconds":{"type":"number"},"onNumberSeconds":{"type":"number"},"LiveKitBaseValue":{"type":"number"},"LiveKitScaleValue":{"type":"number"}},"$id":"StartSpeakingOptions.json"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="StartSpeakingOptions.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.waitSeconds !== undefined){
let data0 = data.waitSeconds;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/waitSeconds",schemaPath:"#/properties/waitSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.smartEndpointing !== undefined){
if(typeof data.smartEndpointing !== "string"){
const err1 = {instancePath:instancePath+"/smartEndpointing",schemaPath:"#/properties/smartEndpointing/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.onPunctuationSeconds !== undefined){
let data2 = data.onPunctuationSeconds;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/onPunctuationSeconds",schemaPath:"#/properties/onPunctuationSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.onNoPunctuationSeconds !== undefined){
let data3 = data.onNoPunctuationSeconds;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/onNoPunctuationSeconds",schemaPath:"#/properties/onNoPunctuationSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.onNumberSeconds !== undefined){
let data4 = data.onNumberSeconds;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err4 = {instancePath:instancePath+"/onNumberSeconds",schemaPath:"#/properties/onNumberSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.LiveKitBaseValue !== undefined){
let data5 = data.LiveKitBaseValue;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err5 = {instancePath:instancePath+"/LiveKitBaseValue",schemaPath:"#/properties/LiveKitBaseValue/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.LiveKitScaleValue !== undefined){
let data6 = data.LiveKitScaleValue;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err6 = {instancePath:instancePath+"/LiveKitScaleValue",schemaPath:"#/properties/LiveKitScaleValue/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema12 = {"type":"object","properties":{"numberOfWords":{"type":"number"},"voiceSeconds":{"type":"number"}},"$id":"StopSpeakingOptions.json"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="StopSpeakingOptions.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.numberOfWords !== undefined){
let data0 = data.numberOfWords;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/numberOfWords",schemaPath:"#/properties/numberOfWords/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.voiceSeconds !== undefined){
let data1 = data.voiceSeconds;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/voiceSeconds",schemaPath:"#/properties/voiceSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema13 = {"type":"object","properties":{"knowledgeBase":{"type":"boolean"},"endCall":{"type":"boolean"},"appointment":{"type":"boolean"},"volumeControl":{"type":"boolean"},"waitList":{"type":"boolean"},"callForward":{"type":"boolean"}},"$id":"AssistantPredefinedTools.json"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="AssistantPredefinedTools.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.knowledgeBase !== undefined){
if(typeof data.knowledgeBase !== "boolean"){
const err0 = {instancePath:instancePath+"/knowledgeBase",schemaPath:"#/properties/knowledgeBase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.endCall !== undefined){
if(typeof data.endCall !== "boolean"){
const err1 = {instancePath:instancePath+"/endCall",schemaPath:"#/properties/endCall/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.appointment !== undefined){
if(typeof data.appointment !== "boolean"){
const err2 = {instancePath:instancePath+"/appointment",schemaPath:"#/properties/appointment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.volumeControl !== undefined){
if(typeof data.volumeControl !== "boolean"){
const err3 = {instancePath:instancePath+"/volumeControl",schemaPath:"#/properties/volumeControl/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.waitList !== undefined){
if(typeof data.waitList !== "boolean"){
const err4 = {instancePath:instancePath+"/waitList",schemaPath:"#/properties/waitList/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.callForward !== undefined){
if(typeof data.callForward !== "boolean"){
const err5 = {instancePath:instancePath+"/callForward",schemaPath:"#/properties/callForward/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","properties":{"phoneNumber":{"type":"string"},"extension":{"type":"string"},"name":{"type":"string"}},"$id":"CallForwardData.json"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="CallForwardData.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.phoneNumber !== undefined){
if(typeof data.phoneNumber !== "string"){
const err0 = {instancePath:instancePath+"/phoneNumber",schemaPath:"#/properties/phoneNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.extension !== undefined){
if(typeof data.extension !== "string"){
const err1 = {instancePath:instancePath+"/extension",schemaPath:"#/properties/extension/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"object","properties":{"summary":{"$ref":"SummaryAnalysis.json"},"successEvaluation":{"$ref":"SuccessEvaluationAnalysis.json"},"structuredData":{"$ref":"StructuredDataAnalysis.json"}},"$id":"AssistantAnalysis.json"};
const schema16 = {"type":"object","properties":{"enabled":{"type":"boolean"},"prompt":{"type":"string"},"timeoutSeconds":{"type":"number"}},"$id":"SummaryAnalysis.json"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="SummaryAnalysis.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err0 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.prompt !== undefined){
if(typeof data.prompt !== "string"){
const err1 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.timeoutSeconds !== undefined){
let data2 = data.timeoutSeconds;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","properties":{"enabled":{"type":"boolean"},"prompt":{"type":"string"},"rubric":{"type":"string"},"timeoutSeconds":{"type":"number"}},"$id":"SuccessEvaluationAnalysis.json"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="SuccessEvaluationAnalysis.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err0 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.prompt !== undefined){
if(typeof data.prompt !== "string"){
const err1 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.rubric !== undefined){
if(typeof data.rubric !== "string"){
const err2 = {instancePath:instancePath+"/rubric",schemaPath:"#/properties/rubric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.timeoutSeconds !== undefined){
let data3 = data.timeoutSeconds;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","properties":{"enabled":{"type":"boolean"},"prompt":{"type":"string"},"timeoutSeconds":{"type":"number"},"schema":{"type":"object","additionalProperties":true}},"$id":"StructuredDataAnalysis.json"};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="StructuredDataAnalysis.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err0 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.prompt !== undefined){
if(typeof data.prompt !== "string"){
const err1 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.timeoutSeconds !== undefined){
let data2 = data.timeoutSeconds;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema !== undefined){
let data3 = data.schema;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err3 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="AssistantAnalysis.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.summary !== undefined){
if(!(validate39(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.successEvaluation !== undefined){
if(!(validate41(data.successEvaluation, {instancePath:instancePath+"/successEvaluation",parentData:data,parentDataProperty:"successEvaluation",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.structuredData !== undefined){
if(!(validate43(data.structuredData, {instancePath:instancePath+"/structuredData",parentData:data,parentDataProperty:"structuredData",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","properties":{"welcomeMessage":{"type":"string"},"welcomeMessageMode":{"type":"string"},"welcomeMessageInterruptionsEnabled":{"type":"boolean"},"recordingEnabled":{"type":"boolean"},"recordingPath":{"type":"string"},"dynamicVariables":{"type":"object","additionalProperties":true}},"$id":"AssistantOverrides.json"};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="AssistantOverrides.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.welcomeMessage !== undefined){
if(typeof data.welcomeMessage !== "string"){
const err0 = {instancePath:instancePath+"/welcomeMessage",schemaPath:"#/properties/welcomeMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.welcomeMessageMode !== undefined){
if(typeof data.welcomeMessageMode !== "string"){
const err1 = {instancePath:instancePath+"/welcomeMessageMode",schemaPath:"#/properties/welcomeMessageMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.welcomeMessageInterruptionsEnabled !== undefined){
if(typeof data.welcomeMessageInterruptionsEnabled !== "boolean"){
const err2 = {instancePath:instancePath+"/welcomeMessageInterruptionsEnabled",schemaPath:"#/properties/welcomeMessageInterruptionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.recordingEnabled !== undefined){
if(typeof data.recordingEnabled !== "boolean"){
const err3 = {instancePath:instancePath+"/recordingEnabled",schemaPath:"#/properties/recordingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.recordingPath !== undefined){
if(typeof data.recordingPath !== "string"){
const err4 = {instancePath:instancePath+"/recordingPath",schemaPath:"#/properties/recordingPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.dynamicVariables !== undefined){
let data5 = data.dynamicVariables;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err5 = {instancePath:instancePath+"/dynamicVariables",schemaPath:"#/properties/dynamicVariables/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","properties":{"url":{"type":"string"},"timeoutSeconds":{"type":"number"},"secret":{"type":"string"},"headers":{"type":"object","additionalProperties":true},"enabled":{"type":"boolean"},"messages":{"type":"array","items":{"type":"string"}}},"$id":"AssistantServer.json"};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="AssistantServer.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err0 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.timeoutSeconds !== undefined){
let data1 = data.timeoutSeconds;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.secret !== undefined){
if(typeof data.secret !== "string"){
const err2 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.headers !== undefined){
let data3 = data.headers;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err3 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err4 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.messages !== undefined){
let data5 = data.messages;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err5 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/properties/messages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Assistant.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err0 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.welcomeMessage !== undefined){
if(typeof data.welcomeMessage !== "string"){
const err1 = {instancePath:instancePath+"/welcomeMessage",schemaPath:"#/properties/welcomeMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.welcomeMessageMode !== undefined){
if(typeof data.welcomeMessageMode !== "string"){
const err2 = {instancePath:instancePath+"/welcomeMessageMode",schemaPath:"#/properties/welcomeMessageMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.welcomeMessageInterruptionsEnabled !== undefined){
if(typeof data.welcomeMessageInterruptionsEnabled !== "boolean"){
const err3 = {instancePath:instancePath+"/welcomeMessageInterruptionsEnabled",schemaPath:"#/properties/welcomeMessageInterruptionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.assistantProvider !== undefined){
if(typeof data.assistantProvider !== "string"){
const err4 = {instancePath:instancePath+"/assistantProvider",schemaPath:"#/properties/assistantProvider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.assistantModel !== undefined){
if(typeof data.assistantModel !== "string"){
const err5 = {instancePath:instancePath+"/assistantModel",schemaPath:"#/properties/assistantModel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.assistantLLMUrl !== undefined){
if(typeof data.assistantLLMUrl !== "string"){
const err6 = {instancePath:instancePath+"/assistantLLMUrl",schemaPath:"#/properties/assistantLLMUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.assistantSystemPrompt !== undefined){
if(typeof data.assistantSystemPrompt !== "string"){
const err7 = {instancePath:instancePath+"/assistantSystemPrompt",schemaPath:"#/properties/assistantSystemPrompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.assistantTemperature !== undefined){
let data8 = data.assistantTemperature;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err8 = {instancePath:instancePath+"/assistantTemperature",schemaPath:"#/properties/assistantTemperature/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.assistantMaxTokens !== undefined){
let data9 = data.assistantMaxTokens;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err9 = {instancePath:instancePath+"/assistantMaxTokens",schemaPath:"#/properties/assistantMaxTokens/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.assistantResponseSplitter !== undefined){
if(typeof data.assistantResponseSplitter !== "string"){
const err10 = {instancePath:instancePath+"/assistantResponseSplitter",schemaPath:"#/properties/assistantResponseSplitter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate22(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.hints !== undefined){
let data12 = data.hints;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err11 = {instancePath:instancePath+"/hints/" + i0,schemaPath:"#/properties/hints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/hints",schemaPath:"#/properties/hints/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.backgroundSound !== undefined){
if(typeof data.backgroundSound !== "string"){
const err13 = {instancePath:instancePath+"/backgroundSound",schemaPath:"#/properties/backgroundSound/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.backgroundSoundVolume !== undefined){
let data15 = data.backgroundSoundVolume;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err14 = {instancePath:instancePath+"/backgroundSoundVolume",schemaPath:"#/properties/backgroundSoundVolume/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.assistantBackchannelingEnabled !== undefined){
if(typeof data.assistantBackchannelingEnabled !== "boolean"){
const err15 = {instancePath:instancePath+"/assistantBackchannelingEnabled",schemaPath:"#/properties/assistantBackchannelingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.dtmfInputEnabled !== undefined){
if(typeof data.dtmfInputEnabled !== "boolean"){
const err16 = {instancePath:instancePath+"/dtmfInputEnabled",schemaPath:"#/properties/dtmfInputEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.maxCallDuration !== undefined){
let data18 = data.maxCallDuration;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err17 = {instancePath:instancePath+"/maxCallDuration",schemaPath:"#/properties/maxCallDuration/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.idleTimeout !== undefined){
let data19 = data.idleTimeout;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err18 = {instancePath:instancePath+"/idleTimeout",schemaPath:"#/properties/idleTimeout/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.maxIdleMessagesInSequence !== undefined){
let data20 = data.maxIdleMessagesInSequence;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err19 = {instancePath:instancePath+"/maxIdleMessagesInSequence",schemaPath:"#/properties/maxIdleMessagesInSequence/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.startSpeakingOptions !== undefined){
if(!(validate30(data.startSpeakingOptions, {instancePath:instancePath+"/startSpeakingOptions",parentData:data,parentDataProperty:"startSpeakingOptions",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.stopSpeakingOptions !== undefined){
if(!(validate32(data.stopSpeakingOptions, {instancePath:instancePath+"/stopSpeakingOptions",parentData:data,parentDataProperty:"stopSpeakingOptions",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.assistantToolIds !== undefined){
if(!(Array.isArray(data.assistantToolIds))){
const err20 = {instancePath:instancePath+"/assistantToolIds",schemaPath:"#/properties/assistantToolIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.assistantPredefinedTools !== undefined){
if(!(validate34(data.assistantPredefinedTools, {instancePath:instancePath+"/assistantPredefinedTools",parentData:data,parentDataProperty:"assistantPredefinedTools",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.assistantKnowledgeBaseIds !== undefined){
if(!(Array.isArray(data.assistantKnowledgeBaseIds))){
const err21 = {instancePath:instancePath+"/assistantKnowledgeBaseIds",schemaPath:"#/properties/assistantKnowledgeBaseIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.endCallMessage !== undefined){
if(typeof data.endCallMessage !== "string"){
const err22 = {instancePath:instancePath+"/endCallMessage",schemaPath:"#/properties/endCallMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.endCallToolDescription !== undefined){
if(typeof data.endCallToolDescription !== "string"){
const err23 = {instancePath:instancePath+"/endCallToolDescription",schemaPath:"#/properties/endCallToolDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.endCallPhrases !== undefined){
let data28 = data.endCallPhrases;
if(Array.isArray(data28)){
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
if(typeof data28[i1] !== "string"){
const err24 = {instancePath:instancePath+"/endCallPhrases/" + i1,schemaPath:"#/properties/endCallPhrases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/endCallPhrases",schemaPath:"#/properties/endCallPhrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.callForwardData !== undefined){
if(!(validate36(data.callForwardData, {instancePath:instancePath+"/callForwardData",parentData:data,parentDataProperty:"callForwardData",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.assistantAnalysis !== undefined){
if(!(validate38(data.assistantAnalysis, {instancePath:instancePath+"/assistantAnalysis",parentData:data,parentDataProperty:"assistantAnalysis",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.assistantOverrides !== undefined){
if(!(validate46(data.assistantOverrides, {instancePath:instancePath+"/assistantOverrides",parentData:data,parentDataProperty:"assistantOverrides",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.assistantServer !== undefined){
if(!(validate48(data.assistantServer, {instancePath:instancePath+"/assistantServer",parentData:data,parentDataProperty:"assistantServer",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ConnectCallRequest.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.direction === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.phoneNumberId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phoneNumberId"},message:"must have required property '"+"phoneNumberId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.customer === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "customer"},message:"must have required property '"+"customer"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.direction !== undefined){
if(!(validate51(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.phoneNumberId !== undefined){
if(typeof data.phoneNumberId !== "string"){
const err3 = {instancePath:instancePath+"/phoneNumberId",schemaPath:"#/properties/phoneNumberId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.customer !== undefined){
if(!(validate53(data.customer, {instancePath:instancePath+"/customer",parentData:data,parentDataProperty:"customer",rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate57(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.assistant !== undefined){
if(!(validate21(data.assistant, {instancePath:instancePath+"/assistant",parentData:data,parentDataProperty:"assistant",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.assistantId !== undefined){
if(typeof data.assistantId !== "string"){
const err4 = {instancePath:instancePath+"/assistantId",schemaPath:"#/properties/assistantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.assistantOverrides !== undefined){
if(!(validate46(data.assistantOverrides, {instancePath:instancePath+"/assistantOverrides",parentData:data,parentDataProperty:"assistantOverrides",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

export const validateConnectCallResponse200 = validate50;
const schema21 = {"type":"object","properties":{"id":{"type":"string"},"teamId":{"type":"string"},"assistantId":{"type":"string"},"phoneNumberId":{"type":"string"},"direction":{"$ref":"Direction.json"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"},"customer":{"$ref":"Customer.json"},"status":{"$ref":"CallStatus.json"},"metadata":{"$ref":"Metadata.json"},"phoneVendor":{"$ref":"PhoneVendor.json"},"phoneVendorDetails":{"$ref":"PhoneVendorDetails.json"},"monitor":{"$ref":"CallMonitor.json"}},"$id":"Call.json"};
const schema24 = {"type":"string","enum":["queued","ongoing","completed","forwarded"],"$id":"CallStatus.json"};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="CallStatus.json" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "queued") || (data === "ongoing")) || (data === "completed")) || (data === "forwarded"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema24.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"string","enum":["twilio","bandwidth"],"$id":"PhoneVendor.json"};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="PhoneVendor.json" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "twilio") || (data === "bandwidth"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","properties":{"from":{"type":"string"},"to":{"type":"string"},"twiml":{"type":"string"},"responseType":{"type":"string"},"statusCallback":{"type":"string"},"statusCallbackEvent":{"type":"array","items":{"type":"string"}}},"$id":"PhoneVendorDetails.json"};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="PhoneVendorDetails.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from !== undefined){
if(typeof data.from !== "string"){
const err0 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.to !== undefined){
if(typeof data.to !== "string"){
const err1 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.twiml !== undefined){
if(typeof data.twiml !== "string"){
const err2 = {instancePath:instancePath+"/twiml",schemaPath:"#/properties/twiml/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.responseType !== undefined){
if(typeof data.responseType !== "string"){
const err3 = {instancePath:instancePath+"/responseType",schemaPath:"#/properties/responseType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCallback !== undefined){
if(typeof data.statusCallback !== "string"){
const err4 = {instancePath:instancePath+"/statusCallback",schemaPath:"#/properties/statusCallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.statusCallbackEvent !== undefined){
let data5 = data.statusCallbackEvent;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err5 = {instancePath:instancePath+"/statusCallbackEvent/" + i0,schemaPath:"#/properties/statusCallbackEvent/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/statusCallbackEvent",schemaPath:"#/properties/statusCallbackEvent/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","properties":{"controlUrl":{"type":"string"}},"$id":"CallMonitor.json"};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="CallMonitor.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.controlUrl !== undefined){
if(typeof data.controlUrl !== "string"){
const err0 = {instancePath:instancePath+"/controlUrl",schemaPath:"#/properties/controlUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

const formats0 = ({"date-time": function dateTime(str) {
  const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?$/i;
  const time = (t, withZone) => {
    const m = TIME.exec(t);
    if (!m) return false;
    const hour = +m[1], minute = +m[2], second = +m[3], zone = m[5];
    return ((hour <= 23 && minute <= 59 && second <= 59) || (hour === 23 && minute === 59 && second === 60)) &&
      (!withZone || /^[Zz]$/.test(zone) || (/^[+-]/.test(zone) && time(zone.slice(1) + ":00")) || /^[+-](?:[01][0-9]|2[0-4])(?::?[0-5][0-9])?$/.test(zone));
  };
  const parts = str.split(/t|\s/i);
  if (parts.length !== 2) return false;
  const d = /^(\d\d\d\d)-(\d\d)-(\d\d)$/.exec(parts[0]);
  if (!d) return false;
  const year = +d[1], month = +d[2], day = +d[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [0, 31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month] && time(parts[1], true);
}})["date-time"];

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Call.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.teamId !== undefined){
if(typeof data.teamId !== "string"){
const err1 = {instancePath:instancePath+"/teamId",schemaPath:"#/properties/teamId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.assistantId !== undefined){
if(typeof data.assistantId !== "string"){
const err2 = {instancePath:instancePath+"/assistantId",schemaPath:"#/properties/assistantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.phoneNumberId !== undefined){
if(typeof data.phoneNumberId !== "string"){
const err3 = {instancePath:instancePath+"/phoneNumberId",schemaPath:"#/properties/phoneNumberId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.direction !== undefined){
if(!(validate51(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.createdAt !== undefined){
let data5 = data.createdAt;
if(typeof data5 === "string"){
if(!(formats0(data5))){
const err4 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.updatedAt !== undefined){
let data6 = data.updatedAt;
if(typeof data6 === "string"){
if(!(formats0(data6))){
const err6 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.customer !== undefined){
if(!(validate53(data.customer, {instancePath:instancePath+"/customer",parentData:data,parentDataProperty:"customer",rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate55(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate57(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.phoneVendor !== undefined){
if(!(validate59(data.phoneVendor, {instancePath:instancePath+"/phoneVendor",parentData:data,parentDataProperty:"phoneVendor",rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.phoneVendorDetails !== undefined){
if(!(validate61(data.phoneVendorDetails, {instancePath:instancePath+"/phoneVendorDetails",parentData:data,parentDataProperty:"phoneVendorDetails",rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
if(data.monitor !== undefined){
if(!(validate63(data.monitor, {instancePath:instancePath+"/monitor",parentData:data,parentDataProperty:"monitor",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

export const validateConnectCallResponse400 = validate105;
const schema48 = {"type":"object","required":["type","title","status"],"properties":{"type":{"type":"string"},"title":{"type":"string"},"status":{"type":"integer"},"detail":{"type":"string"},"instance":{"type":"string"},"errors":{"type":"array","items":{"$ref":"FieldError.json"}}},"$id":"Problem.json"};
const schema45 = {"type":"object","required":["pointer","detail"],"properties":{"pointer":{"type":"string"},"detail":{"type":"string"}},"$id":"FieldError.json"};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="FieldError.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pointer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pointer"},message:"must have required property '"+"pointer"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.detail === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.pointer !== undefined){
if(typeof data.pointer !== "string"){
const err2 = {instancePath:instancePath+"/pointer",schemaPath:"#/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err3 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Problem.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err6 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.instance !== undefined){
if(typeof data.instance !== "string"){
const err7 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.errors !== undefined){
let data5 = data.errors;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate100(data5[i0], {instancePath:instancePath+"/errors/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}

export const validateConnectCallResponse401 = validateConnectCallResponse400;
export const validateConnectCallResponse429 = validateConnectCallResponse400;
export const validateConnectCallResponse500 = validateConnectCallResponse400;
