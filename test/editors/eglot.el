;;; eglot.el --- Emacs eglot as an LSP client of the IAM Support language server -*- lexical-binding: t -*-
;; Licensed under the MIT License. See LICENSE in the project root for license information.
;;
;; A completion after "support:" and a hover on an action through eglot (Debian's elpa-eglot).
;; Run by test/editors/run.mjs, which sets IAM_SERVER and IAM_POLICY:
;;   emacs --batch -Q -l test/editors/eglot.el
;; Prints one "ok NAME" or "not ok NAME: why" per check; exits non-zero when one failed.

(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'eglot)
(require 'seq)

(defvar iam-failed nil)
(defvar iam-server (or (getenv "IAM_SERVER") (error "IAM_SERVER is not set")))
(defvar iam-policy (or (getenv "IAM_POLICY") (error "IAM_POLICY is not set")))
;; jsonrpc-request signals an error when no answer comes in this many seconds.
(setq jsonrpc-default-request-timeout 20)
(setq eglot-sync-connect 20)
(setq eglot-connect-timeout 20)

(defun iam-report (name ok why)
  (if ok
      (princ (format "ok %s\n" name))
    (setq iam-failed t)
    (princ (format "not ok %s: %s\n" name why))))

(defun iam-point-after (needle offset)
  "Move point OFFSET characters into the first occurrence of NEEDLE."
  (goto-char (point-min))
  (search-forward needle)
  (goto-char (+ (match-beginning 0) offset)))

(find-file iam-policy)
(js-mode)
(condition-case err
    (progn
      ;; A transient project: the policy's folder, with no version control needed.
      (eglot--connect '(js-mode) (cons 'transient (file-name-directory iam-policy))
                      'eglot-lsp-server (list "node" iam-server "--stdio") "json")
      (let ((server (eglot-current-server)))
        (iam-report "initialize" server "eglot did not manage the buffer")
        (when server
          (iam-point-after "\"support:\"" (length "\"support:"))
          (let* ((result (jsonrpc-request server :textDocument/completion (eglot--TextDocumentPositionParams)))
                 (items (if (vectorp result) result (plist-get result :items)))
                 (labels (mapcar (lambda (item) (plist-get item :label)) items)))
            (iam-report "completion"
                        (and (member "support:DescribeCases" labels) (member "support:ResolveCase" labels))
                        (format "%d labels: %S" (length labels) (seq-take labels 5))))
          (iam-point-after "support:DescribeCases" (length "support:Desc"))
          (let* ((result (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
                 (contents (plist-get result :contents))
                 (value (or (and (listp contents) (plist-get contents :value)) "")))
            (iam-report "hover"
                        (and (string-match-p "support:DescribeCases" value) (string-match-p "Read" value))
                        (format "%S" (substring value 0 (min 300 (length value))))))
          (eglot-shutdown server))))
  (error (iam-report "eglot" nil (error-message-string err))))

(kill-emacs (if iam-failed 1 0))
