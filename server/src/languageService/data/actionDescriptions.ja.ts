/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Hand-written Japanese for the Support family's action descriptions (#8). The English ones are
// generated (supportCatalog.generated.ts) and change when AWS changes a service, so these are kept
// beside them, keyed by `prefix:Name`; test/unit/actionDescriptionsJa.test.ts fails when an action
// gains, loses or has no Japanese description.
// Conventions: the wording of AWS's Japanese documentation (「…する権限を付与します」, アクセス許可,
// 推奨事項, Slack チャンネル); service and product names stay in English (AWS Support, Trusted Advisor),
// with a half-width space between them and Japanese text, as AWS's Japanese pages write them.

import type { AccessLevel } from './catalogTypes';

/** AWS's Japanese names for the access levels (the Service Authorization Reference's アクセスレベル column). */
export const accessLevelNamesJa: Readonly<Record<AccessLevel, string>> = {
	List: 'リスト',
	Read: '読み取り',
	Write: '書き込み',
	'Permissions management': 'アクセス許可の管理',
	Tagging: 'タグ付け',
	'Tagging, Write': 'タグ付け、書き込み',
};

const internal = 'これは内部で管理される機能です。';
const prioritizedOnly = 'この API は優先順位付けされた推奨事項のみをサポートします。';

export const actionDescriptionsJa: Readonly<Record<string, string>> = {
	// AWS Support
	'support:AddAttachmentsToSet': 'AWS Support ケースに 1 つ以上の添付ファイルを追加する権限を付与します。',
	'support:AddCommunicationToCase': 'AWS Support ケースに、お客様側のコミュニケーション (返信) を追加する権限を付与します。',
	'support:AddRelatedItemToCase': `AWS Support ケースに関連項目を追加する権限を付与します。${internal}`,
	'support:CreateCase': '新しい AWS Support ケースを作成する権限を付与します。',
	'support:DescribeAttachment': '添付ファイルの詳細を取得する権限を付与します。',
	'support:DescribeCaseAttributes': `連携する他のサービスが AWS Support ケースの属性を読み取れるようにする権限を付与します。${internal}`,
	'support:DescribeCaseOptions': `1 つの AWS Support ケースで利用できるオプションを取得する権限を付与します。${internal}`,
	'support:DescribeCases': '指定した条件に一致する AWS Support ケースを一覧表示する権限を付与します。',
	'support:DescribeCommunication':
		'1 つの AWS Support ケースについて、1 件のコミュニケーションとその添付ファイルを取得する権限を付与します。',
	'support:DescribeCommunications': '1 つ以上の AWS Support ケースのコミュニケーションと添付ファイルを一覧表示する権限を付与します。',
	'support:DescribeCreateCaseOptions': 'サポートケースの作成時に利用できるオプションを取得する権限を付与します。',
	'support:DescribeIssueTypes': 'AWS Support ケースの問題の種類を取得する権限を付与します。',
	'support:DescribeRelatedItems': `AWS Support ケースの関連項目を一覧表示する権限を付与します。${internal}`,
	'support:DescribeServices': 'AWS のサービスと、各サービスに該当するカテゴリを一覧表示する権限を付与します。',
	'support:DescribeSeverityLevels': 'AWS Support ケースに割り当てることができる重要度レベルを一覧表示する権限を付与します。',
	'support:DescribeSupportLevel': 'AWS アカウント ID に対応するサポートレベルを取得する権限を付与します。',
	'support:DescribeSupportedLanguages':
		'指定したカテゴリコード、サービスコード、問題の種類で利用できるサポート言語を取得する権限を付与します。',
	'support:DescribeTrustedAdvisorCheckRefreshStatuses':
		'チェック ID のリストで指定した Trusted Advisor チェックの更新ステータスを取得する権限を付与します。',
	'support:DescribeTrustedAdvisorCheckResult': '指定したチェック ID の Trusted Advisor チェックの結果を取得する権限を付与します。',
	'support:DescribeTrustedAdvisorCheckSummaries':
		'指定したチェック ID の Trusted Advisor チェックについて、結果の概要を取得する権限を付与します。',
	'support:DescribeTrustedAdvisorChecks':
		'利用できるすべての Trusted Advisor チェックのリストを、名前、ID、カテゴリ、説明とともに取得する権限を付与します。',
	'support:DisconnectLiveContactForCase': `AWS Support Center でのライブコンタクトを切断する権限を付与します。${internal}`,
	'support:DownloadAttachment': 'AWS Support ケースから添付ファイルをダウンロードするための署名付き URL を取得する権限を付与します。',
	'support:GetInteraction':
		'特定のインタラクションについて、アカウントや技術的な問題に関するパーソナライズされたトラブルシューティング支援を取得する権限を付与します。',
	'support:InitiateCallForCase': `AWS Support Center で通話を開始する権限を付与します。${internal}`,
	'support:InitiateChatForCase': `AWS Support Center でチャットを開始する権限を付与します。${internal}`,
	'support:InitiateLiveContactForCase': `AWS Support Center でライブコンタクトを開始する権限を付与します。${internal}`,
	'support:ListInteractionEntries':
		'特定のインタラクション内のエントリ (メッセージ、ステータスの更新、その他の関連データなど) の一覧を取得する権限を付与します。',
	'support:ListInteractions': 'インタラクションの一覧を取得する権限を付与します。フィルターやページ分割を使用できる場合があります。',
	'support:PutCaseAttributes': `連携する他のサービスが AWS Support ケースに属性を付加できるようにする権限を付与します。${internal}`,
	'support:RateCaseCommunication': 'AWS Support ケースのコミュニケーションを評価する権限を付与します。',
	'support:RefreshTrustedAdvisorCheck': '指定したチェック ID の Trusted Advisor チェックの更新をリクエストする権限を付与します。',
	'support:ResolveCase': 'AWS Support ケースを解決する権限を付与します。',
	'support:ResolveInteraction':
		'一意の ID で指定したインタラクションを解決済みにする権限を付与します。問題に対処済みで、これ以上の対応が不要であることを示します。',
	'support:SearchForCases': '指定した条件に一致する AWS Support ケースのリストを取得する権限を付与します。',
	'support:StartInteraction':
		'アカウントや技術的な問題に関するパーソナライズされたトラブルシューティング支援を受けるために、インタラクションを開始する権限を付与します。',
	'support:UpdateCaseSeverity': `1 つの AWS Support ケースの重要度を更新する権限を付与します。${internal}`,
	'support:UpdateInteraction':
		'アカウントや技術的な問題に関するパーソナライズされたトラブルシューティング支援を受けるために、特定のインタラクションを更新する権限を付与します。',
	'support:UploadAttachment': 'AWS Support ケースに添付ファイルをアップロードするための署名付き URL を取得する権限を付与します。',

	// AWS Trusted Advisor (the console and the newer Trusted Advisor API; the Support API's Trusted Advisor operations are support: actions)
	'trustedadvisor:BatchUpdateRecommendationResourceExclusion':
		'推奨事項の 1 つ以上のリソースについて、除外ステータスを一括で更新する権限を付与します。',
	'trustedadvisor:DeleteNotificationConfigurationForDelegatedAdmin':
		'組織の管理アカウントに、Trusted Advisor Priority の委任管理者アカウントの E メール通知設定を削除する権限を付与します。',
	'trustedadvisor:DescribeAccount': 'AWS Support プランと、AWS Trusted Advisor の各種設定を表示する権限を付与します。',
	'trustedadvisor:DescribeAccountAccess': 'AWS アカウントで AWS Trusted Advisor が有効か無効かを表示する権限を付与します。',
	'trustedadvisor:DescribeCheckItems': 'チェック項目の詳細を表示する権限を付与します。',
	'trustedadvisor:DescribeCheckRefreshStatuses': 'AWS Trusted Advisor チェックの更新ステータスを表示する権限を付与します。',
	'trustedadvisor:DescribeCheckStatusHistoryChanges': '過去 30 日間のチェックの結果と、ステータスの変化を表示する権限を付与します。',
	'trustedadvisor:DescribeCheckSummaries': 'AWS Trusted Advisor チェックの概要を表示する権限を付与します。',
	'trustedadvisor:DescribeChecks': 'AWS Trusted Advisor チェックの詳細を表示する権限を付与します。',
	'trustedadvisor:DescribeNotificationConfigurations': 'Trusted Advisor Priority の E メール通知設定を取得する権限を付与します。',
	'trustedadvisor:DescribeNotificationPreferences': 'AWS アカウントの通知設定を表示する権限を付与します。',
	'trustedadvisor:DescribeOrganization':
		'AWS アカウントが組織ビュー機能を有効にするための要件を満たしているかどうかを表示する権限を付与します。',
	'trustedadvisor:DescribeOrganizationAccounts': '組織内のリンクされた AWS アカウントを表示する権限を付与します。',
	'trustedadvisor:DescribeReports':
		'組織ビューのレポートの詳細 (レポート名、実行時間、作成日、ステータス、形式など) を表示する権限を付与します。',
	'trustedadvisor:DescribeRisk': 'AWS Trusted Advisor Priority でリスクの詳細を表示する権限を付与します。',
	'trustedadvisor:DescribeRiskResources': 'AWS Trusted Advisor Priority で、リスクの影響を受けるリソースを表示する権限を付与します。',
	'trustedadvisor:DescribeRisks': 'AWS Trusted Advisor Priority でリスクを表示する権限を付与します。',
	'trustedadvisor:DescribeServiceMetadata':
		'組織ビューのレポートに関する情報 (AWS リージョン、チェックのカテゴリ、チェック名、リソースのステータスなど) を表示する権限を付与します。',
	'trustedadvisor:DownloadRisk': 'AWS Trusted Advisor Priority で、リスクの詳細を記載したファイルをダウンロードする権限を付与します。',
	'trustedadvisor:ExcludeCheckItems': 'AWS Trusted Advisor チェックの推奨事項を除外する権限を付与します。',
	'trustedadvisor:GenerateReport': '組織内の AWS Trusted Advisor チェックのレポートを作成する権限を付与します。',
	'trustedadvisor:GetOrganizationRecommendation': `AWS Organizations の組織内の特定の推奨事項を取得する権限を付与します。${prioritizedOnly}`,
	'trustedadvisor:GetRecommendation': '特定の推奨事項を取得する権限を付与します。',
	'trustedadvisor:IncludeCheckItems': 'AWS Trusted Advisor チェックの推奨事項を含める (除外を解除する) 権限を付与します。',
	'trustedadvisor:ListAccountsForParent':
		'Trusted Advisor コンソールで、AWS Organizations の組織のルートまたは組織単位 (OU) に含まれるすべてのアカウントを表示する権限を付与します。',
	'trustedadvisor:ListChecks': 'チェックの一覧をフィルターで絞り込んで表示する権限を付与します。',
	'trustedadvisor:ListOrganizationRecommendationAccounts': `AWS Organizations の組織で集約された推奨事項について、対象のリソースを所有するアカウントを一覧表示する権限を付与します。${prioritizedOnly}`,
	'trustedadvisor:ListOrganizationRecommendationResources': `AWS Organizations の組織内の推奨事項について、そのリソースを一覧表示する権限を付与します。${prioritizedOnly}`,
	'trustedadvisor:ListOrganizationRecommendations': `AWS Organizations の組織内の推奨事項を、フィルターで絞り込んで一覧表示する権限を付与します。${prioritizedOnly}`,
	'trustedadvisor:ListOrganizationalUnitsForParent':
		'Trusted Advisor コンソールで、親の組織単位 (OU) またはルートに含まれるすべての OU を表示する権限を付与します。',
	'trustedadvisor:ListRecommendationResources': '推奨事項のリソースを一覧表示する権限を付与します。',
	'trustedadvisor:ListRecommendations': '推奨事項をフィルターで絞り込んで一覧表示する権限を付与します。',
	'trustedadvisor:ListRecommendationsForResource': 'リソースの推奨事項を一覧表示する権限を付与します。',
	'trustedadvisor:ListRoots':
		'Trusted Advisor コンソールで、AWS Organizations の組織に定義されているすべてのルートを表示する権限を付与します。',
	'trustedadvisor:RefreshCheck': 'AWS Trusted Advisor チェックを更新する権限を付与します。',
	'trustedadvisor:SetAccountAccess': 'アカウントの AWS Trusted Advisor を有効または無効にする権限を付与します。',
	'trustedadvisor:SetOrganizationAccess': 'AWS Trusted Advisor の組織ビュー機能を有効にする権限を付与します。',
	'trustedadvisor:UpdateNotificationConfigurations': 'Trusted Advisor Priority の E メール通知設定を作成または更新する権限を付与します。',
	'trustedadvisor:UpdateNotificationPreferences': 'AWS Trusted Advisor の通知設定を更新する権限を付与します。',
	'trustedadvisor:UpdateOrganizationRecommendationLifecycle': `AWS Organizations の組織内の推奨事項のライフサイクルを更新する権限を付与します。${prioritizedOnly}`,
	'trustedadvisor:UpdateRecommendationLifecycle': `推奨事項のライフサイクルを更新する権限を付与します。${prioritizedOnly}`,
	'trustedadvisor:UpdateRiskStatus': 'AWS Trusted Advisor Priority でリスクのステータスを更新する権限を付与します。',

	// AWS Support Console (permission-only actions of the Support Center console)
	'support-console:CheckSubscription': 'アカウントが指定した製品にアクセスできるかどうかを確認する権限を付与します。',
	'support-console:CreateCaseDraft': '指定したケースタイプのケースの下書きを作成または更新する権限を付与します。',
	'support-console:CreateContact': '指定したコンタクトタイプで、認証済みのコンタクトを作成する権限を付与します。',
	'support-console:DeleteCaseDraft': '指定したケースタイプのケースの下書きを削除する権限を付与します。',
	'support-console:DescribeDynamicHelp': '指定したサービスとカテゴリについて、状況に応じたヘルプリソースを取得する権限を付与します。',
	'support-console:GetAccountGovCloudEnabled': '呼び出し元のアカウントで GovCloud が有効かどうかを判定する権限を付与します。',
	'support-console:GetAccountState': '呼び出し元のアカウントの状態を取得する権限を付与します。',
	'support-console:GetBanner': 'サポートのバナー情報を取得する権限を付与します。',
	'support-console:GetCaseDraft': '指定したケースタイプのケースの下書きを取得する権限を付与します。',
	'support-console:GetIssueClassificationPredictions': '問題の分類予測を取得する権限を付与します。',
	'support-console:GetIssueTextSummary': '問題について生成されたテキストの要約を取得する権限を付与します。',
	'support-console:GetQuestionnaire': 'フィードバックのアンケートを取得する権限を付与します。',
	'support-console:SaveFeedback': 'アンケートへのフィードバックを保存する権限を付与します。',

	// AWS Support App in Slack
	'supportapp:CreateSlackChannelConfiguration': 'アカウントの Slack チャンネル設定を作成する権限を付与します。',
	'supportapp:DeleteAccountAlias': 'アカウントからエイリアスを削除する権限を付与します。',
	'supportapp:DeleteSlackChannelConfiguration': 'アカウントから Slack チャンネル設定を削除する権限を付与します。',
	'supportapp:DeleteSlackWorkspaceConfiguration': 'アカウントから Slack ワークスペース設定を削除する権限を付与します。',
	'supportapp:DescribeSlackChannels':
		'ワークスペース内のパブリック Slack チャンネルのうち、AWS Support App を招待したすべてのチャンネルを一覧表示する権限を付与します。',
	'supportapp:GetAccountAlias': 'アカウントのエイリアスを取得する権限を付与します。',
	'supportapp:GetSlackOauthParameters':
		'AWS Support App がワークスペースの認可に使用する Slack OAuth コードのパラメータを取得する権限を付与します。',
	'supportapp:ListSlackChannelConfigurations': 'アカウントのすべての Slack チャンネル設定を一覧表示する権限を付与します。',
	'supportapp:ListSlackWorkspaceConfigurations': 'アカウントのすべての Slack ワークスペース設定を一覧表示する権限を付与します。',
	'supportapp:PutAccountAlias': 'アカウントのエイリアスを作成または更新する権限を付与します。',
	'supportapp:RedeemSlackOauthCode': 'AWS Support App がワークスペースの認可に使用する Slack OAuth コードを引き換える権限を付与します。',
	'supportapp:RegisterSlackWorkspaceForOrganization': '組織に属する AWS アカウントに Slack ワークスペースを登録する権限を付与します。',
	'supportapp:UpdateSlackChannelConfiguration': 'アカウントの Slack チャンネル設定を更新する権限を付与します。',

	// AWS Support Plans
	'supportplans:AcceptSupportAgreement': 'この AWS アカウントのサポート契約に同意する権限を付与します。',
	'supportplans:CancelSupportAgreement': 'この AWS アカウントのサポート契約をキャンセルする権限を付与します。',
	'supportplans:CreateSupportAgreement': 'この AWS アカウントのサポート契約を作成する権限を付与します。',
	'supportplans:CreateSupportPlanSchedule': 'この AWS アカウントのサポートプランのスケジュールを作成する権限を付与します。',
	'supportplans:GetSupportAgreement': 'この AWS アカウントのサポート契約の詳細を表示する権限を付与します。',
	'supportplans:GetSupportPlan': 'この AWS アカウントの現在のサポートプランの詳細を表示する権限を付与します。',
	'supportplans:GetSupportPlanUpdateStatus': 'サポートプランの変更リクエストのステータスの詳細を表示する権限を付与します。',
	'supportplans:ListSupportAgreementRevisions': 'この AWS アカウントのサポート契約の改訂を一覧表示する権限を付与します。',
	'supportplans:ListSupportAgreements': 'この AWS アカウントのサポート契約を一覧表示する権限を付与します。',
	'supportplans:ListSupportPlanModifiers':
		'このアカウントのサポートプラン修飾子 (support plan modifier) をすべて一覧表示する権限を付与します。',
	'supportplans:RejectSupportAgreement': 'この AWS アカウントのサポート契約を拒否する権限を付与します。',
	'supportplans:StartSupportPlanUpdate': 'この AWS アカウントのサポートプランを変更する権限を付与します。',
	'supportplans:UpdateSupportAgreement': 'この AWS アカウントのサポート契約を更新する権限を付与します。',

	// AWS Support Authorization
	'supportauthz:CreateSupportPermit': 'サポート許可 (support permit) を作成する権限を付与します。',
	'supportauthz:DeleteSupportPermit': 'サポート許可 (support permit) を削除する権限を付与します。',
	'supportauthz:GetAction': 'サポートアクションの詳細を取得する権限を付与します。',
	'supportauthz:GetSupportPermit': 'サポート許可 (support permit) を取得する権限を付与します。',
	'supportauthz:ListActions': '利用できるサポートアクションを一覧表示する権限を付与します。',
	'supportauthz:ListSupportPermitRequests': 'サポート許可 (support permit) のリクエストを一覧表示する権限を付与します。',
	'supportauthz:ListSupportPermits': 'サポート許可 (support permit) を一覧表示する権限を付与します。',
	'supportauthz:ListTagsForResource': 'リソースのタグを一覧表示する権限を付与します。',
	'supportauthz:RegisterKey': 'サポート許可 (support permit) に使用する KMS キーを登録する権限を付与します。',
	'supportauthz:RejectSupportPermitRequest': 'サポート許可 (support permit) のリクエストを拒否する権限を付与します。',
	'supportauthz:TagResource': 'リソースにタグを追加する権限を付与します。',
	'supportauthz:UntagResource': 'リソースからタグを削除する権限を付与します。',

	// AWS Elemental Support Cases
	'elemental-support-cases:AddCaseComment': 'サポートケースにコメントを追加する権限を付与します。',
	'elemental-support-cases:CheckCasePermission':
		'呼び出し元がサポートケースの操作を実行するアクセス許可を持っているかどうかを確認する権限を付与します。',
	'elemental-support-cases:CompleteMultipartUpload': 'サポートケースへのファイルのマルチパートアップロードを完了する権限を付与します。',
	'elemental-support-cases:CreateCase': 'サポートケースを作成する権限を付与します。',
	'elemental-support-cases:CreateS3CLIUploadCommand':
		'サポートケースにファイルをアップロードするための CLI コマンドを作成する権限を付与します。',
	'elemental-support-cases:CreateS3DownloadUrl': 'サポートケースからファイルをダウンロードする権限を付与します。',
	'elemental-support-cases:GetCase': 'アカウント内のサポートケースの詳細を取得する権限を付与します。',
	'elemental-support-cases:GetCasePermission':
		'呼び出し元がサポートケースの操作を実行するアクセス許可を持っているかどうかを確認する権限を付与します。',
	'elemental-support-cases:GetCases': 'アカウント内のサポートケースを一覧表示する権限を付与します。',
	'elemental-support-cases:GetUICache': 'コンソールで使用する、キャッシュされたケースのユーザーデータを取得する権限を付与します。',
	'elemental-support-cases:ListTagsForCase': 'サポートケースのタグを一覧表示する権限を付与します。',
	'elemental-support-cases:StartMultipartUpload': 'サポートケースへのファイルのマルチパートアップロードを開始する権限を付与します。',
	'elemental-support-cases:TagCase': 'サポートケースにタグを追加する権限を付与します。',
	'elemental-support-cases:UntagCase': 'サポートケースからタグを削除する権限を付与します。',
	'elemental-support-cases:UpdateCase': 'サポートケースを更新する権限を付与します。',
	'elemental-support-cases:UpdateCaseStatus': 'サポートケースのステータスを更新する権限を付与します。',
	'elemental-support-cases:UpdateMultipartUpload': 'サポートケースへのファイルのマルチパートアップロードを更新する権限を付与します。',

	// AWS Elemental Support Content
	'elemental-support-content:Query': 'サポートコンテンツを検索する権限を付与します。',
};

const byLowerCase = new Map(Object.entries(actionDescriptionsJa).map(([name, description]) => [name.toLowerCase(), description]));

/**
 * The Japanese description of a Support-family action, looked up without regard to case
 * (policies may write `Support:createcase`); undefined for any other action.
 */
export function actionDescriptionJa(fullName: string): string | undefined {
	return byLowerCase.get(fullName.toLowerCase());
}
