/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * validator input sha256: 4e0c2b1465a29581932b1ace08bf203bcf932d97c9425e5a17fadf974d927802
 */

import type { components, operations } from './schema.js';
/** One Ajv error: instancePath is a JSON Pointer into the validated value. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** An Ajv standalone validate function: returns true or false and sets `errors`. */
export interface ValidateFunction<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** Validates a value against components.schemas.Assistant. */
export declare const validateAssistant: ValidateFunction<components['schemas']["Assistant"]>;
/** Validates a value against components.schemas.AssistantAnalysis. */
export declare const validateAssistantAnalysis: ValidateFunction<components['schemas']["AssistantAnalysis"]>;
/** Validates a value against components.schemas.AssistantConfig. */
export declare const validateAssistantConfig: ValidateFunction<components['schemas']["AssistantConfig"]>;
/** Validates a value against components.schemas.AssistantOverrides. */
export declare const validateAssistantOverrides: ValidateFunction<components['schemas']["AssistantOverrides"]>;
/** Validates a value against components.schemas.AssistantPredefinedTools. */
export declare const validateAssistantPredefinedTools: ValidateFunction<components['schemas']["AssistantPredefinedTools"]>;
/** Validates a value against components.schemas.AssistantServer. */
export declare const validateAssistantServer: ValidateFunction<components['schemas']["AssistantServer"]>;
/** Validates a value against components.schemas.Call. */
export declare const validateCall: ValidateFunction<components['schemas']["Call"]>;
/** Validates a value against components.schemas.CallForwardData. */
export declare const validateCallForwardData: ValidateFunction<components['schemas']["CallForwardData"]>;
/** Validates a value against components.schemas.CallMonitor. */
export declare const validateCallMonitor: ValidateFunction<components['schemas']["CallMonitor"]>;
/** Validates a value against components.schemas.CallStatus. */
export declare const validateCallStatus: ValidateFunction<components['schemas']["CallStatus"]>;
/** Validates a value against components.schemas.ConnectCallRequest. */
export declare const validateConnectCallRequest: ValidateFunction<components['schemas']["ConnectCallRequest"]>;
/** Validates a value against components.schemas.ControlCallRequest. */
export declare const validateControlCallRequest: ValidateFunction<components['schemas']["ControlCallRequest"]>;
/** Validates a value against components.schemas.ControlCallResponse. */
export declare const validateControlCallResponse: ValidateFunction<components['schemas']["ControlCallResponse"]>;
/** Validates a value against components.schemas.Conversation. */
export declare const validateConversation: ValidateFunction<components['schemas']["Conversation"]>;
/** Validates a value against components.schemas.ConversationAnalysis. */
export declare const validateConversationAnalysis: ValidateFunction<components['schemas']["ConversationAnalysis"]>;
/** Validates a value against components.schemas.ConversationMessage. */
export declare const validateConversationMessage: ValidateFunction<components['schemas']["ConversationMessage"]>;
/** Validates a value against components.schemas.ConversationStatus. */
export declare const validateConversationStatus: ValidateFunction<components['schemas']["ConversationStatus"]>;
/** Validates a value against components.schemas.ConversationSummary. */
export declare const validateConversationSummary: ValidateFunction<components['schemas']["ConversationSummary"]>;
/** Validates a value against components.schemas.ConversationUpdateMessage. */
export declare const validateConversationUpdateMessage: ValidateFunction<components['schemas']["ConversationUpdateMessage"]>;
/** Validates a value against components.schemas.Customer. */
export declare const validateCustomer: ValidateFunction<components['schemas']["Customer"]>;
/** Validates a value against components.schemas.Direction. */
export declare const validateDirection: ValidateFunction<components['schemas']["Direction"]>;
/** Validates a value against components.schemas.EndOfCallReportMessage. */
export declare const validateEndOfCallReportMessage: ValidateFunction<components['schemas']["EndOfCallReportMessage"]>;
/** Validates a value against components.schemas.ErrorMessage. */
export declare const validateErrorMessage: ValidateFunction<components['schemas']["ErrorMessage"]>;
/** Validates a value against components.schemas.FieldError. */
export declare const validateFieldError: ValidateFunction<components['schemas']["FieldError"]>;
/** Validates a value against components.schemas.HangMessage. */
export declare const validateHangMessage: ValidateFunction<components['schemas']["HangMessage"]>;
/** Validates a value against components.schemas.ListCallsResponse. */
export declare const validateListCallsResponse: ValidateFunction<components['schemas']["ListCallsResponse"]>;
/** Validates a value against components.schemas.Metadata. */
export declare const validateMetadata: ValidateFunction<components['schemas']["Metadata"]>;
/** Validates a value against components.schemas.PhoneCallStatus. */
export declare const validatePhoneCallStatus: ValidateFunction<components['schemas']["PhoneCallStatus"]>;
/** Validates a value against components.schemas.PhoneVendor. */
export declare const validatePhoneVendor: ValidateFunction<components['schemas']["PhoneVendor"]>;
/** Validates a value against components.schemas.PhoneVendorDetails. */
export declare const validatePhoneVendorDetails: ValidateFunction<components['schemas']["PhoneVendorDetails"]>;
/** Validates a value against components.schemas.Problem. */
export declare const validateProblem: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a value against components.schemas.ServerMessageAnalysis. */
export declare const validateServerMessageAnalysis: ValidateFunction<components['schemas']["ServerMessageAnalysis"]>;
/** Validates a value against components.schemas.ServerMessageCall. */
export declare const validateServerMessageCall: ValidateFunction<components['schemas']["ServerMessageCall"]>;
/** Validates a value against components.schemas.ServerMessageError. */
export declare const validateServerMessageError: ValidateFunction<components['schemas']["ServerMessageError"]>;
/** Validates a value against components.schemas.ServerMessageFields. */
export declare const validateServerMessageFields: ValidateFunction<components['schemas']["ServerMessageFields"]>;
/** Validates a value against components.schemas.SpeechConfig. */
export declare const validateSpeechConfig: ValidateFunction<components['schemas']["SpeechConfig"]>;
/** Validates a value against components.schemas.SpeechToText. */
export declare const validateSpeechToText: ValidateFunction<components['schemas']["SpeechToText"]>;
/** Validates a value against components.schemas.StartSpeakingOptions. */
export declare const validateStartSpeakingOptions: ValidateFunction<components['schemas']["StartSpeakingOptions"]>;
/** Validates a value against components.schemas.StatusUpdateMessage. */
export declare const validateStatusUpdateMessage: ValidateFunction<components['schemas']["StatusUpdateMessage"]>;
/** Validates a value against components.schemas.StopSpeakingOptions. */
export declare const validateStopSpeakingOptions: ValidateFunction<components['schemas']["StopSpeakingOptions"]>;
/** Validates a value against components.schemas.StructuredDataAnalysis. */
export declare const validateStructuredDataAnalysis: ValidateFunction<components['schemas']["StructuredDataAnalysis"]>;
/** Validates a value against components.schemas.SuccessEvaluationAnalysis. */
export declare const validateSuccessEvaluationAnalysis: ValidateFunction<components['schemas']["SuccessEvaluationAnalysis"]>;
/** Validates a value against components.schemas.SummaryAnalysis. */
export declare const validateSummaryAnalysis: ValidateFunction<components['schemas']["SummaryAnalysis"]>;
/** Validates a value against components.schemas.TextToSpeech. */
export declare const validateTextToSpeech: ValidateFunction<components['schemas']["TextToSpeech"]>;
/** Validates a connectCall 200 response body against components.schemas.Call. */
export declare const validateConnectCallResponse200: ValidateFunction<components['schemas']["Call"]>;
/** Validates a connectCall 400 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 401 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 429 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 500 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse500: ValidateFunction<components['schemas']["Problem"]>;
/** Validates controlCall's path parameters (an object of their values). */
export declare const validateControlCallPath: ValidateFunction<operations["controlCall"]['parameters']['path']>;
/** Validates a controlCall 200 response body against components.schemas.ControlCallResponse. */
export declare const validateControlCallResponse200: ValidateFunction<components['schemas']["ControlCallResponse"]>;
/** Validates a controlCall 400 response body against components.schemas.Problem. */
export declare const validateControlCallResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a controlCall 401 response body against components.schemas.Problem. */
export declare const validateControlCallResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a controlCall 404 response body against components.schemas.Problem. */
export declare const validateControlCallResponse404: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a controlCall 429 response body against components.schemas.Problem. */
export declare const validateControlCallResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a controlCall 500 response body against components.schemas.Problem. */
export declare const validateControlCallResponse500: ValidateFunction<components['schemas']["Problem"]>;
/** Validates getCall's path parameters (an object of their values). */
export declare const validateGetCallPath: ValidateFunction<operations["getCall"]['parameters']['path']>;
/** Validates a getCall 200 response body against components.schemas.Conversation. */
export declare const validateGetCallResponse200: ValidateFunction<components['schemas']["Conversation"]>;
/** Validates a getCall 400 response body against components.schemas.Problem. */
export declare const validateGetCallResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a getCall 401 response body against components.schemas.Problem. */
export declare const validateGetCallResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a getCall 404 response body against components.schemas.Problem. */
export declare const validateGetCallResponse404: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a getCall 429 response body against components.schemas.Problem. */
export declare const validateGetCallResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a getCall 500 response body against components.schemas.Problem. */
export declare const validateGetCallResponse500: ValidateFunction<components['schemas']["Problem"]>;
/** Validates listCalls's query parameters (an object of typed values, not strings). */
export declare const validateListCallsQuery: ValidateFunction<NonNullable<operations["listCalls"]['parameters']['query']>>;
/** Validates a listCalls 200 response body against components.schemas.ListCallsResponse. */
export declare const validateListCallsResponse200: ValidateFunction<components['schemas']["ListCallsResponse"]>;
/** Validates a listCalls 400 response body against components.schemas.Problem. */
export declare const validateListCallsResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a listCalls 401 response body against components.schemas.Problem. */
export declare const validateListCallsResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a listCalls 429 response body against components.schemas.Problem. */
export declare const validateListCallsResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a listCalls 500 response body against components.schemas.Problem. */
export declare const validateListCallsResponse500: ValidateFunction<components['schemas']["Problem"]>;
