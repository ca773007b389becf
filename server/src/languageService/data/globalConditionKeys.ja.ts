/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Japanese for globalConditionKeyDescriptions (supportFacts.ts), in the wording of AWS's Japanese page
// "AWS グローバル条件コンテキストキー" (#8). test/unit/l10nService.test.ts fails when a key of the English
// table has no Japanese here, or the reverse.

export const globalConditionKeyDescriptionsJa: Readonly<Record<string, string>> = {
	'aws:MultiFactorAuthPresent': 'リクエストが、MFA で検証された認証情報で署名されたかどうか。',
	'aws:MultiFactorAuthAge': 'リクエスト元が MFA で検証されてからの秒数。',
	'aws:SourceIp': 'リクエスト元の IP アドレス (IPv4 または IPv6)。',
	'aws:CurrentTime': 'リクエストの日時。',
	'aws:EpochTime': 'リクエストの日時 (エポック時間または UNIX 時間)。',
	'aws:RequestedRegion': 'リクエストの送信先の AWS リージョン。',
	'aws:PrincipalTag/tag-key': 'リクエストを行うプリンシパルにアタッチされたタグ。',
	'aws:PrincipalArn': 'リクエストを行うプリンシパルの ARN。',
	'aws:PrincipalAccount': 'リクエストを行うプリンシパルのアカウント。',
	'aws:PrincipalOrgID': 'プリンシパルが属する組織の AWS Organizations ID。',
	'aws:PrincipalType': 'プリンシパルのタイプ: Account、User、FederatedUser、AssumedRole、Anonymous。',
	'aws:username': 'リクエストを行う IAM ユーザーのフレンドリ名。',
	'aws:userid': 'リクエストを行うプリンシパルの一意の ID。',
	'aws:SecureTransport': 'リクエストが TLS で送信されたかどうか。',
	'aws:ResourceTag/tag-key':
		'リクエストのリソースのタグ。すべての support: アクションのように、リソースタイプのないアクションでは存在しません。',
	'aws:RequestTag/tag-key': 'リクエストで渡されたタグ。',
	'aws:TagKeys': 'リクエストで渡されたタグキー。',
	'aws:CalledVia': 'プリンシパルに代わってリクエストを行ったサービス。',
	'aws:ViaAWSService': 'AWS のサービスがプリンシパルに代わってリクエストを行ったかどうか。',
	'aws:SourceVpc': 'リクエストが経由した VPC。',
	'aws:SourceVpce': 'リクエストが経由した VPC エンドポイント。',
	'aws:TokenIssueTime': '一時的なセキュリティ認証情報が発行された日時。',
	'aws:UserAgent': 'リクエスト元のクライアントアプリケーション。',
	'aws:referer': 'リクエストの HTTP リファラー。',
};
