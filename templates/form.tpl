{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/">Layanan</a></li><li><a href="/layanan/{{service_id}}">{{service_name}}</a></li><li>Ajukan</li></ul></nav>
<h1>{{service_name}}</h1>
{{#kind_name}}<p class="kind">Jenis permohonan: <strong>{{kind_name}}</strong></p>{{/kind_name}}
{{#has_problems}}<article class="problems" role="alert">
{{#draft_refused}}<h2>Draf surat belum dapat dibuat</h2>
<p>Surat diisi dari isian yang ditandai di bawah ini; lengkapi atau perbaiki dulu. Isian lain tetap tersimpan di formulir.{{#has_files}} Berkas lampiran perlu dipilih ulang.{{/has_files}}</p>{{/draft_refused}}
{{#no_draft_refused}}<h2>Permohonan belum dapat diterima</h2>
<p>Periksa isian yang ditandai di bawah ini. Isian lain tetap tersimpan di formulir.{{#has_files}} Berkas lampiran perlu dipilih ulang.{{/has_files}}</p>{{/no_draft_refused}}
<ul>{{#problems}}<li>{{#label}}{{label}}: {{/label}}{{text}}</li>{{/problems}}</ul>
</article>{{/has_problems}}
<form method="post" action="/layanan/{{service_id}}/ajukan" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="_submission" value="{{submission}}">
<input type="hidden" name="_jenis" value="{{kind_id}}">
{{#fields}}
{{#section}}<h2 class="form-section">{{heading}}</h2>{{/section}}
<div class="field{{#error}} has-error{{/error}}">
{{#is_consent}}<article class="privacy"><p class="prewrap">{{privacy_notice:pre_escape}}</p><p><a href="/privasi">Kebijakan privasi lengkap</a></p></article>
<label><input type="checkbox" name="{{name}}" value="1"{{#checked}} checked{{/checked}}{{#error}} aria-invalid="true"{{/error}}> {{label}}{{#required}} <span class="required">*</span>{{/required}}</label>{{/is_consent}}
{{#is_input}}<label for="f-{{name}}">{{label}}{{#required}} <span class="required">*</span>{{/required}}</label>
<input id="f-{{name}}" type="{{input_type}}" name="{{name}}" value="{{value}}"{{#numeric}} inputmode="numeric"{{/numeric}}{{#error}} aria-invalid="true"{{/error}}>{{/is_input}}
{{#is_textarea}}<label for="f-{{name}}">{{label}}{{#required}} <span class="required">*</span>{{/required}}</label>
<textarea id="f-{{name}}" name="{{name}}" rows="6"{{#error}} aria-invalid="true"{{/error}}>{{value:pre_escape}}</textarea>{{/is_textarea}}
{{#is_select}}<label for="f-{{name}}">{{label}}{{#required}} <span class="required">*</span>{{/required}}</label>
<select id="f-{{name}}" name="{{name}}"{{#error}} aria-invalid="true"{{/error}}>
<option value="">— pilih —</option>
{{#options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>
{{/options}}</select>{{/is_select}}
{{#is_rank}}<label for="f-{{name}}">{{label}}{{#required}} <span class="required">*</span>{{/required}}</label>
<select id="f-{{name}}" name="{{name}}"{{#error}} aria-invalid="true"{{/error}}>
<option value="">— pilih —</option>
{{#groups}}<optgroup label="{{label}}">
{{#options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>
{{/options}}</optgroup>
{{/groups}}</select>{{/is_rank}}
{{#is_file}}<label for="f-{{name}}">{{label}}{{#required}} <span class="required">*</span>{{/required}}</label>
<input id="f-{{name}}" type="file" name="{{name}}" accept="{{accept}}"{{#error}} aria-invalid="true"{{/error}}>
<small>Format: {{accept_text}}</small>{{/is_file}}
{{#conditional}}<small>Wajib bila berlaku.</small>{{/conditional}}
{{#help}}<small>{{help}}</small>{{/help}}
{{#error}}<small class="error">{{text}}</small>{{/error}}
{{#warning}}<small class="warning">{{text}}</small>{{/warning}}
</div>
{{/fields}}
{{#letters}}<article class="draft-letter">
<p><strong>{{title}}</strong>: unduh suratnya sudah terisi dari isian di atas, tanda tangani, lalu unggah pindaiannya di formulir ini. Draf tidak menyimpan apa pun.</p>
<button type="submit" class="secondary" formaction="/layanan/{{service_id}}/ajukan/draf/{{id}}" formenctype="application/x-www-form-urlencoded" formtarget="_blank" formnovalidate>Unduh draf {{title}} (PDF)</button>
</article>{{/letters}}
<button type="submit">Kirim permohonan</button>
</form>
