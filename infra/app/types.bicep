// Shapes of the grouped settings, shared by main.bicep and app/functions.bicep. Each field is the
// setting of the same name in the code; the defaults in main.bicep are the code's defaults.

@export()
@description('FormReaderOptions (shared/HsnForms.Forms/Reading/FormReaderOptions.cs): limits on one attachment.')
type formReaderLimits = {
  @description('FormReaderOptions__MaxFileBytes: largest attachment read at all.')
  @minValue(1024)
  maxFileBytes: int

  @description('FormReaderOptions__MaxInflatedBytes: most bytes all parts of one document may inflate to.')
  @minValue(1024)
  maxInflatedBytes: int

  @description('FormReaderOptions__MaxCompressionRatio: largest inflated/compressed ratio of a part over 1 MB.')
  @minValue(2)
  @maxValue(100000)
  maxCompressionRatio: int

  @description('FormReaderOptions__MaxXmlCharacters: most XML characters read from one part.')
  @minValue(1024)
  maxXmlCharacters: int

  @description('FormReaderOptions__MaxPackageEntries: most entries one package may hold.')
  @minValue(4)
  @maxValue(1000000)
  maxPackageEntries: int

  @description('FormReaderOptions__MaxCells: most worksheet cells read from one workbook.')
  @minValue(16)
  @maxValue(10000000)
  maxCells: int
}

@export()
@description('How intake reads and marks the mailbox in Microsoft Graph (GraphOptions, section Graph).')
type graphMailboxOptions = {
  @description('Graph__BaseUrl: the Graph endpoint (national clouds differ).')
  baseUrl: string

  @description('Graph__Folder: the folder polled, a well-known name such as inbox or a folder id.')
  folder: string

  @description('Graph__ProcessedAction: how a taken message is marked.')
  processedAction: ('category' | 'move')

  @description('Graph__ProcessedCategory: the category added when processedAction is category.')
  processedCategory: string

  @description('Graph__ProcessedFolder: the folder messages move to when processedAction is move.')
  processedFolder: string

  @description('Graph__MaxConcurrentRequests: Graph refuses a fifth concurrent request to one mailbox.')
  @minValue(1)
  @maxValue(4)
  maxConcurrentRequests: int

  @description('Graph__PageSize: messages per delta page.')
  @minValue(1)
  @maxValue(1000)
  pageSize: int

  @description('Graph__BatchPartRetries: retries of a throttled $batch part.')
  @minValue(0)
  @maxValue(10)
  batchPartRetries: int

  @description('Graph__RecoveryOverlapMinutes: overlap re-read when a delta token expired.')
  @minValue(0)
  @maxValue(1440)
  recoveryOverlapMinutes: int
}

@export()
@description('Intake and reminder behaviour (IntakeOptions, section Intake; ReminderOptions, section Reminders).')
type intakeOptions = {
  @description('Intake__SendAcknowledgements: answer each sender with what was received and what is missing.')
  sendAcknowledgements: bool

  @description('Intake__OpenCircularGraceDays: days after a deadline a form naming no circular still counts for it.')
  @minValue(0)
  @maxValue(3650)
  openCircularGraceDays: int

  @description('Intake__WriteBatchSize: replies and marks sent together (a Graph $batch takes at most 20).')
  @minValue(1)
  @maxValue(20)
  writeBatchSize: int

  @description('Intake__SenderAuthentication: require (count a form only when its mail passed authentication or carries no verdict), trust (hold only mail that failed) or off.')
  senderAuthentication: 'require' | 'trust' | 'off'

  @description('Intake__MaxAcknowledgementsPerAddressPerDay: answers one address gets in a Hong Kong day (0: none).')
  @minValue(0)
  @maxValue(10000)
  maxAcknowledgementsPerAddressPerDay: int

  @description('Intake__MaxMessageBytes: a larger message is archived as a stream and kept for review as too_large (35 MB: Exchange Online\'s own limit).')
  @minValue(65536)
  maxMessageBytes: int

  @description('Intake__MaxAttempts: tries a failing message gets before it goes to review as unprocessable.')
  @minValue(1)
  @maxValue(100)
  maxAttempts: int

  @description('Reminders__MaxPerMinute: reminders sent per minute at most.')
  @minValue(1)
  @maxValue(600)
  remindersMaxPerMinute: int

  @description('Reminders__DigestTo: where the digest after each deadline goes; empty means the service-desk mailbox.')
  remindersDigestTo: string
}

@export()
@description('Names in the storage account (StorageOptions and the root ReportContainer setting).')
type storageNames = {
  @description('StorageOptions__TablePrefix: prefix of every table name, so two deployments can share an account.')
  tablePrefix: string

  @description('StorageOptions__MailContainer: the original messages (.eml).')
  mailContainer: string

  @description('StorageOptions__AttachmentContainer: every attached file.')
  attachmentContainer: string

  @description('ReportContainer: the reports and their trigger blobs (pending/...).')
  reportContainer: string
}
